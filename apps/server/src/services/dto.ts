import { z } from 'zod';
import { SESSION_STATUSES, SOURCE_KINDS, USER_ROLES } from '../db/enums.ts';
import type { ClientRow } from '../repositories/client.repository.ts';
import type { SessionRow } from '../repositories/session.repository.ts';
import type { UserRow } from '../repositories/user.repository.ts';

// Response shapes shared by REST routes and SSE, so an event carries exactly what GET returns.

const iso = z.string().describe('ISO 8601 timestamp');

export const userDto = z.object({
  id: z.uuid(),
  practiceId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  totpEnabled: z.boolean(),
});
export type UserDto = z.infer<typeof userDto>;

export function toUserDto(u: UserRow): UserDto {
  return {
    id: u.id,
    practiceId: u.practice_id,
    email: u.email,
    name: u.name,
    role: u.role,
    totpEnabled: u.totp_enabled_at !== null,
  };
}

export const clientDto = z.object({
  id: z.uuid(),
  name: z.string(),
  clinicianId: z.uuid(),
  hasLogin: z.boolean(),
  archivedAt: iso.nullable(),
  createdAt: iso,
});
export type ClientDto = z.infer<typeof clientDto>;

export function toClientDto(c: ClientRow): ClientDto {
  return {
    id: c.id,
    name: c.name,
    clinicianId: c.clinician_id,
    hasLogin: c.user_id !== null,
    archivedAt: c.archived_at?.toISOString() ?? null,
    createdAt: c.created_at.toISOString(),
  };
}

export const sessionDto = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clinicianId: z.uuid(),
  sessionDate: z.string().describe('YYYY-MM-DD'),
  status: z.enum(SESSION_STATUSES),
  sourceKind: z.enum(SOURCE_KINDS),
  stages: z.object({
    uploadedAt: iso.nullable(),
    transcribedAt: iso.nullable(),
    wave1At: iso.nullable(),
    wave2At: iso.nullable(),
    rollupAt: iso.nullable(),
    failedAt: iso.nullable(),
  }),
  error: z.string().nullable(),
  createdAt: iso,
  updatedAt: iso,
});
export type SessionDto = z.infer<typeof sessionDto>;

const isoOrNull = (d: Date | null): string | null => d?.toISOString() ?? null;

export function toSessionDto(s: SessionRow): SessionDto {
  return {
    id: s.id,
    clientId: s.client_id,
    clinicianId: s.clinician_id,
    sessionDate: s.session_date,
    status: s.status,
    sourceKind: s.source_kind,
    stages: {
      uploadedAt: isoOrNull(s.uploaded_at),
      transcribedAt: isoOrNull(s.transcribed_at),
      wave1At: isoOrNull(s.wave1_at),
      wave2At: isoOrNull(s.wave2_at),
      rollupAt: isoOrNull(s.rollup_at),
      failedAt: isoOrNull(s.failed_at),
    },
    error: s.error,
    createdAt: s.created_at.toISOString(),
    updatedAt: s.updated_at.toISOString(),
  };
}

export const errorDto = z.object({ error: z.string(), message: z.string() });
