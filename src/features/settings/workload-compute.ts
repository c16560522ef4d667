import { fsrs } from 'ts-fsrs';
import type { NextMemory } from '../../domain/readiness';
import { simulateWorkload, type WorkloadInput } from '../../domain/workload';

export type WorkloadRequest = Omit<WorkloadInput, 'next'>;

const scheduler = fsrs();
const next: NextMemory = (previous, elapsedDays, grade) => scheduler.next_state(previous, elapsedDays, grade);

export const computeWorkload = (request: WorkloadRequest): number[] => simulateWorkload({ ...request, next });
