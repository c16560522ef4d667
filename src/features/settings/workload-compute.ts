import { fsrs } from 'ts-fsrs';
import type { NextMemory } from '../../domain/readiness';
import { averageRuns, runsFor, type SimulationInput } from '../../domain/workload-simulation';

export type WorkloadRequest = Omit<SimulationInput, 'next' | 'random'>;

const scheduler = fsrs();
const next: NextMemory = (previous, elapsedDays, grade) => scheduler.next_state(previous, elapsedDays, grade);

/** The simulated cards a day: the mean of seeded random runs (the same cards give the same forecast). */
export const computeWorkload = (request: WorkloadRequest): number[] =>
  averageRuns({ ...request, next }, { runs: runsFor(request.cards.length + request.newCards), seed: 'workload-forecast' });
