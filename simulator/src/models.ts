// The models this relay serves and what they cost. One table feeds /v1/models, /api/pricing
// and the charge on create/remix, so the price a client reads is exactly what it pays.

/** Video families; each has its own body rules, task-id prefix and status `platform`. */
export type Family = 'sora' | 'veo3' | 'veo2' | 'grok' | 'wan' | 'kling' | 'seedance' | 'hailuo'

/** new-api's QuotaPerUnit: raw quota per display unit. */
const QUOTA_PER_UNIT = 500_000
/** The only group; its ratio multiplies every price, as in new-api. */
const GROUP_RATIO = 1

interface VideoModel {
  id: string
  owner: string
  family: Family
  /** Display units per request (new-api quota_type 1), whatever the duration or resolution. */
  price: number
  /** false: charged but absent from /api/pricing, like a relay that never set a price. */
  published: boolean
}

interface TextModel {
  id: string
  owner: string
  endpoint: 'openai' | 'embeddings'
  /** new-api per-token ratios (quota_type 0); never charged here, only listed. */
  ratio: number
  completion: number
}

const video = (id: string, owner: string, family: Family, price: number): VideoModel => ({
  id,
  owner,
  family,
  price,
  published: true,
})

export const VIDEO_MODELS: readonly VideoModel[] = [
  video('sora-2', 'openai', 'sora', 0.5),
  video('sora-2-pro', 'openai', 'sora', 1.5),
  video('veo3', 'google', 'veo3', 1),
  video('veo3-fast', 'google', 'veo3', 0.4),
  video('veo3-frames', 'google', 'veo3', 1),
  video('veo3-components', 'google', 'veo3', 1),
  video('veo3-4k', 'google', 'veo3', 2),
  video('veo2', 'google', 'veo2', 0.8),
  video('grok-video-3', 'xai', 'grok', 0.3),
  video('wan2.5-i2v', 'alibaba', 'wan', 0.2),
  video('wan2.2-t2v', 'alibaba', 'wan', 0.15),
  // Served by new-api relays on /v1/video/generations and /v1/videos (docs/relay-dialects.md).
  video('kling-v2-master', 'kuaishou', 'kling', 0.6),
  video('doubao-seedance-1-0-pro-250528', 'bytedance', 'seedance', 0.4),
  // A model the client has no profile for, and no published price: it must still work.
  { ...video('hailuo-02', 'minimax', 'hailuo', 0.25), published: false },
]

// Listed by /v1/models like any other id (the list never says which models make video).
const TEXT_MODELS: readonly TextModel[] = [
  { id: 'gpt-4o-mini', owner: 'openai', endpoint: 'openai', ratio: 0.075, completion: 4 },
  {
    id: 'text-embedding-3-small',
    owner: 'openai',
    endpoint: 'embeddings',
    ratio: 0.01,
    completion: 1,
  },
]

export function videoModel(id: string): VideoModel | undefined {
  return VIDEO_MODELS.find((m) => m.id === id)
}

export function isTextModel(id: string): boolean {
  return TEXT_MODELS.some((m) => m.id === id)
}

/** Raw quota a create or remix of `model` costs: model_price × QuotaPerUnit × group ratio. */
/**
 * How this relay charges a video. `request`: the fixed price it publishes, whatever the length
 * or size. `second` (as new-api's task adaptors for OpenAI-style video charge): a tenth of
 * that price per second of video, times 5/3 at 1080p; its price list then has no fixed price
 * for the model (quota_type 0), so a client can only say that length and size set the cost.
 */
export type Billing = 'request' | 'second'

export function taskCost(
  params: { model: string; duration: number; size: string },
  billing: Billing,
): number {
  const price = videoModel(params.model)?.price ?? 0
  const shortSide = Math.min(...params.size.split('x').map(Number))
  const units =
    billing === 'request' ? price : (price / 10) * params.duration * (shortSide >= 1080 ? 5 / 3 : 1)
  return Math.round(units * QUOTA_PER_UNIT * GROUP_RATIO)
}

/**
 * new-api's endpoint types per channel (`common/endpoint_type.go`, docs/relay-dialects.md
 * section 5): only a Sora channel says `openai-video`; Gemini/Vertex `gemini` and `openai`;
 * every other video channel (Kling, Doubao, Ali, MiniMax…) the default `openai`, as chat does.
 */
const endpointTypes = (m: VideoModel | TextModel): string[] => {
  if ('endpoint' in m) return [m.endpoint]
  if (m.family === 'sora') return ['openai-video']
  if (m.family === 'veo3' || m.family === 'veo2') return ['gemini', 'openai']
  return ['openai']
}

/** new-api's `/v1/models`: OpenAI's list, each entry with its endpoint types (`controller/model.go`). */
export const MODELS_BODY = {
  object: 'list',
  success: true,
  data: [...VIDEO_MODELS, ...TEXT_MODELS].map((m) => ({
    id: m.id,
    object: 'model',
    created: 1626777600,
    owned_by: m.owner,
    supported_endpoint_types: endpointTypes(m),
  })),
}

const pricingEntry = (
  m: VideoModel | TextModel,
  prices: { quota_type: 0 | 1; model_price: number; model_ratio: number; completion_ratio: number },
) => ({
  model_name: m.id,
  ...prices,
  owner_by: '',
  enable_groups: ['default'],
  supported_endpoint_types: endpointTypes(m),
})

/** new-api's public GET /api/pricing answer, for how the relay charges its videos. */
export const pricingBody = (billing: Billing) => ({
  success: true,
  data: [
    ...VIDEO_MODELS.filter((m) => m.published).map((m) =>
      pricingEntry(
        m,
        billing === 'request'
          ? { quota_type: 1, model_price: m.price, model_ratio: 0, completion_ratio: 1 }
          : { quota_type: 0, model_price: 0, model_ratio: m.price / 10, completion_ratio: 1 },
      ),
    ),
    ...TEXT_MODELS.map((m) =>
      pricingEntry(m, {
        quota_type: 0,
        model_price: 0,
        model_ratio: m.ratio,
        completion_ratio: m.completion,
      }),
    ),
  ],
  group_ratio: { default: GROUP_RATIO },
  usable_group: { default: '默认分组' },
})
