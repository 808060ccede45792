import { create } from 'zustand'
import type { ModelPlan, PlanForm } from './takes.ts'

/**
 * How many takes the next Generate asks for: variations of the form's request, and the same
 * prompt on other models. Not kept across a reload: a forgotten "× 8" must never send eight
 * paid jobs the next day.
 */
interface TakesState {
  variations: number
  /** Other models the same prompt goes to (the form's own model always does). */
  alsoOn: string[]
  /** The takes panel is shown (its code and strings loaded). */
  open: boolean
  /**
   * The total price of the takes where it is over the balance (the panel works it out): the
   * first Generate then asks, the next sends.
   */
  overBalance: boolean
  /**
   * The takes' total beside the balance, and what to say if Generate is pressed over it, in
   * the user's words (the panel works them out): shown in the composer's foot, by Generate.
   */
  summary: { total: string; ask: string | null } | null
  /**
   * Plans another model's request (`planFor`): set by the panel when it loads, so that the
   * first screen, where most presses are one take, does not carry the planning code.
   */
  planner: ((model: string, form: PlanForm) => ModelPlan) | null
  actions: {
    plannerLoaded: (planner: (model: string, form: PlanForm) => ModelPlan) => void
    opened: () => void
    variationsSet: (n: number) => void
    alsoOnSet: (models: string[]) => void
    summarySet: (summary: { total: string; ask: string | null } | null) => void
    /** Back to one take of the form's model (the panel's Close). */
    reset: () => void
  }
}

export const useTakesStore = create<TakesState>()((set) => ({
  variations: 1,
  alsoOn: [],
  open: false,
  overBalance: false,
  summary: null,
  planner: null,
  actions: {
    plannerLoaded: (planner) => set({ planner }),
    opened: () => set({ open: true }),
    variationsSet: (variations) => set({ variations }),
    alsoOnSet: (alsoOn) => set({ alsoOn }),
    summarySet: (summary) => set({ summary, overBalance: summary?.ask != null }),
    reset: () => set({ variations: 1, alsoOn: [], open: false, overBalance: false, summary: null }),
  },
}))
