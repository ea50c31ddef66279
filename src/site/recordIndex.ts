import type {
  ActionPlan,
  Activity,
  Commitment,
  Datasets,
  Finance,
  Organisation,
  Source,
  Statement,
} from "../lib/model.ts";

/** Records of every dataset by primary key, built once for the whole site. */
export interface RecordIndex {
  sources: ReadonlyMap<string, Source>;
  organisations: ReadonlyMap<string, Organisation>;
  activities: ReadonlyMap<string, Activity>;
  finances: ReadonlyMap<string, Finance>;
  statements: ReadonlyMap<string, Statement>;
  actionPlans: ReadonlyMap<string, ActionPlan>;
  commitments: ReadonlyMap<string, Commitment>;
}

function byId<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/** Indexes every dataset by its `id`. */
export function recordIndex(datasets: Datasets): RecordIndex {
  return {
    sources: byId(datasets.sources),
    organisations: byId(datasets.organisations),
    activities: byId(datasets.activities),
    finances: byId(datasets.finances),
    statements: byId(datasets.statements),
    actionPlans: byId(datasets["action-plans"]),
    commitments: byId(datasets.commitments),
  };
}
