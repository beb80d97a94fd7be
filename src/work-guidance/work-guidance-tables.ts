import type { ColumnType, Kysely } from 'kysely';
import type { Queryable } from '../db/database.ts';
import type { DataCategory, DatabaseSchema } from '../db/schema.ts';
import type { Message } from '../server/errors.ts';
import type { Distance, ProposedRoute, Reason, RouteOption } from './proposal-types.ts';

type CreatedAt = ColumnType<Date, Date | undefined, Date>;
type Json<T> = ColumnType<T, string, string>;
type Category = ColumnType<DataCategory, DataCategory | undefined, DataCategory>;
/** Nullable, and left out on insert when null. */
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface WorkAssessmentTable {
  id: string;
  person_id: string;
  household_id: string;
  assessed_on: string;
  assessed_by: string;
  distance: Distance;
  ladder_step: Optional<number>;
  ladder_source: Optional<'score' | 'assessor'>;
  classification: Optional<string>;
  classification_name: Optional<string>;
  work_limitation: Optional<boolean>;
  expected_months_to_work: Optional<number>;
  motivation: string;
  category: Category;
  recorded_at: CreatedAt;
}

export interface WorkRoutingProposalTable {
  id: string;
  person_id: string;
  household_id: string;
  assessment_id: string;
  proposed_on: string;
  configuration_id: Optional<string>;
  routing_kind: string;
  route_key: Optional<string>;
  route: ColumnType<ProposedRoute | null, string | null | undefined, string | null>;
  reasons: Json<Reason[]>;
  alternatives: ColumnType<RouteOption[], string | undefined, string>;
  category: Category;
  created_by: string;
  created_at: CreatedAt;
}

export interface WorkRoutingDecisionTable {
  proposal_id: string;
  outcome: 'confirmed' | 'overridden';
  route_key: Optional<string>;
  route_title: ColumnType<Message | null, string | null | undefined, string | null>;
  reason: Optional<string>;
  note: Optional<string>;
  decided_by: string;
  decided_at: CreatedAt;
}

export type WorkGuidanceTables = {
  work_assessment: WorkAssessmentTable;
  work_routing_proposal: WorkRoutingProposalTable;
  work_routing_decision: WorkRoutingDecisionTable;
};

export type WorkGuidanceDb = Kysely<DatabaseSchema & WorkGuidanceTables>;

/** The database (or the open transaction) with the work-guidance tables typed too. */
export function withWorkGuidanceTables(q: Queryable): WorkGuidanceDb {
  return (q as Kysely<DatabaseSchema>).$extendTables<WorkGuidanceTables>();
}
