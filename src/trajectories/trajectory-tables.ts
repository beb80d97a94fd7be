import type { ColumnType, Kysely } from 'kysely';
import type { Queryable } from '../db/database.ts';
import type { DataCategory, DatabaseSchema } from '../db/schema.ts';

type CreatedAt = ColumnType<Date, Date | undefined, Date>;

export type TrajectoryStatus = 'active' | 'paused' | 'closed';
export type ClosingReason = 'goal_reached' | 'benefit_ended' | 'moved' | 'other';
export type OutcomeKind = 'paid_work' | 'education' | 'volunteer_work' | 'nothing_yet';
export type EmployerKind = 'private' | 'public' | 'social_enterprise' | 'sheltered_work' | 'other';
export type FollowUpKind = 'aftercare' | 'light_contact';

export interface TrajectoryTable {
  id: string;
  household_id: string;
  person_id: string;
  plan_id: string;
  goal_id: string | null;
  responsible_user_id: string;
  status: TrajectoryStatus;
  started_on: string;
  ladder_start: number;
  ladder_target: number;
  category: ColumnType<DataCategory, DataCategory | undefined, DataCategory>;
  revision: ColumnType<number, number | undefined, number>;
  created_by: string;
  created_at: CreatedAt;
  updated_by: string;
  updated_at: CreatedAt;
}

export interface TrajectoryStatusChangeTable {
  id: string;
  trajectory_id: string;
  status: TrajectoryStatus;
  effective_on: string;
  pause_reason: string | null;
  expected_resume_on: string | null;
  closing_reason: ClosingReason | null;
  closing_reason_text: string | null;
  ladder_step: number | null;
  note: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface TrajectoryInstrumentTable {
  id: string;
  trajectory_id: string;
  position: number;
  catalogue_instrument_id: string | null;
  name: string;
  provider: string | null;
  started_on: string;
  ended_on: string | null;
}

export interface TrajectoryExitInterviewTable {
  trajectory_id: string;
  held_on: string;
  what_helped: string | null;
  what_did_not: string | null;
  own_words: string | null;
  satisfaction: number | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface TrajectoryOutcomeTable {
  trajectory_id: string;
  kind: OutcomeKind;
  hours_per_week: number | null;
  employer_kind: EmployerKind | null;
  wage_cost_subsidy: boolean | null;
  wage_cost_subsidy_percentage: number | null;
  jobs_agreement_registered: boolean | null;
  garantiebaan: boolean | null;
  description: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface TrajectoryFollowUpTable {
  id: string;
  trajectory_id: string;
  kind: FollowUpKind;
  due_on: string;
  done_on: string | null;
  note: string | null;
  notified_at: Date | null;
  recorded_by: string;
}

export type TrajectoryTables = {
  trajectory: TrajectoryTable;
  trajectory_status_change: TrajectoryStatusChangeTable;
  trajectory_instrument: TrajectoryInstrumentTable;
  trajectory_exit_interview: TrajectoryExitInterviewTable;
  trajectory_outcome: TrajectoryOutcomeTable;
  trajectory_follow_up: TrajectoryFollowUpTable;
};

export type TrajectoryDb = Kysely<DatabaseSchema & TrajectoryTables>;

/** The database (or the open transaction) with the trajectory tables typed too. */
export function withTrajectoryTables(q: Queryable): TrajectoryDb {
  return (q as Kysely<DatabaseSchema>).$extendTables<TrajectoryTables>();
}
