import type { SkillLevel } from '../contracts/deep-analysis.contract.ts';

/** Skill level from how many sessions practised it: first time beginner, 2–3 developing, 4+ proficient. */
export const levelFromSessions = (sessions: number): SkillLevel =>
  sessions >= 4 ? 'proficient' : sessions >= 2 ? 'developing' : 'beginner';
