import { relay as client } from '../../api/relay.ts'
import { relayKeys } from '../../api/queries.ts'
import type { Dialect } from '../../api/dialects.ts'
import { queryClient } from '../../lib/queryClient.ts'
import { bodyFor } from '../../profiles/dialectBody.ts'
import { endpointsOf, type Catalog } from '../models/catalog.ts'
import { dialectFor } from '../settings/relayDialects.ts'
import type { TaskRecord } from './taskRecord.ts'

/** What the relay says of a model's endpoints, as the settings or composer last read it. */
function endpointsFor(relay: string, model: string) {
  for (const [, catalog] of queryClient.getQueriesData<Catalog>({
    queryKey: relayKeys.catalog(relay),
  })) {
    const hint = endpointsOf(model, catalog)
    if (hint) return hint
  }
  return undefined
}

/**
 * Sends a create in the dialect this relay and model call for (found by reading only, the
 * first time), its body in that dialect's wire form. Never retried here: it may cost money.
 */
export async function createIn(
  relay: string,
  record: TaskRecord,
): Promise<{ id: string; dialect: Dialect }> {
  const dialect = await dialectFor(record.body, endpointsFor(relay, record.body.model))
  const { id } = await client.createTask(bodyFor(dialect, record.body, record.frame), { dialect })
  return { id, dialect }
}
