import type { Speaker, SpeakerRole } from '@insession/core';
import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { ClinicalContentRepository } from '../../repositories/clinical-content.repository.ts';
import type { SpeakerRoleRepository } from '../../repositories/speaker-role.repository.ts';
import { badRequest, conflict, notFound } from '../../routes/http-error.ts';
import type { RequestContext } from '../request-context.ts';
import type { SessionService } from './session.service.ts';

export interface RoleCorrection {
  speakers: Speaker[];
  /** False when the speaker already had that role: nothing was stored or re-run. */
  queued: boolean;
}

/**
 * Sets one speaker's role. In a two-speaker session the roles are a pair, so giving one speaker the other's role
 * swaps them (the usual mistake: therapist and client the wrong way round). A corrected role is certain.
 */
export function applyRoleCorrection(speakers: Speaker[], id: string, role: SpeakerRole): Speaker[] {
  const target = speakers.find((s) => s.id === id);
  if (!target) return speakers;
  const swapWith = speakers.length === 2 ? speakers.find((s) => s.id !== id && s.role === role) : undefined;
  return speakers.map((s) => {
    if (s.id === id) return { ...s, role, roleConfidence: 1 };
    if (s === swapWith) return { ...s, role: target.role, roleConfidence: 1 };
    return s;
  });
}

// A clinician corrects a speaker role the labeller got wrong; the session is analysed again from Wave 1 with it.
export class SpeakerRoleService {
  constructor(
    private readonly sessions: SessionService,
    private readonly content: ClinicalContentRepository,
    private readonly roles: SpeakerRoleRepository,
    private readonly audit: AuditRepository,
  ) {}

  async correct(ctx: RequestContext, sessionId: string, input: { speaker: string; role: SpeakerRole }) {
    await this.sessions.require(ctx, sessionId);
    const transcript = await this.content.transcript(sessionId);
    if (!transcript) throw notFound('transcript');
    const before = transcript.speakers.find((s) => s.id === input.speaker);
    // The message names no speaker: ids can be names taken from the transcript.
    if (!before) throw badRequest('speaker is not a speaker of this transcript', 'unknown_speaker');
    if (before.role === input.role) return { speakers: transcript.speakers, queued: false } satisfies RoleCorrection;
    const speakers = applyRoleCorrection(transcript.speakers, input.speaker, input.role);
    if (!speakers.some((s) => s.role === 'client')) {
      throw conflict('at least one speaker must be the client; give another speaker the client role first');
    }
    await this.roles.saveAndReanalyse(sessionId, speakers, ctx.origin.requestId);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'transcript.speaker_role.correct',
      resourceType: 'session',
      resourceId: sessionId,
      // Speakers by position, not id: the audit log is not encrypted and ids can be names.
      details: {
        changes: speakers
          .map((s, i) => ({ speakerIndex: i, from: transcript.speakers[i]?.role ?? null, to: s.role }))
          .filter((c) => c.from !== c.to),
      },
    });
    return { speakers, queued: true } satisfies RoleCorrection;
  }
}
