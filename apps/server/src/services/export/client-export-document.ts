import { isoDate, isoMinute, nonEmpty, section, type ExportDocument, type ExportPart } from './export-document.ts';
import { buildSessionPart, type ExportInput } from './session-part.ts';

export interface ClientExportInput {
  client: { id: string; name: string; createdAt: Date; archivedAt: Date | null; hasLogin: boolean };
  clinicianName: string;
  exportedBy: string;
  exportedAt: Date;
  /** Oldest first, each with the clinician's view of its content. */
  sessions: { status: string; sourceKind: string; content: ExportInput }[];
  questionnaires: { kind: string; total: number; severity: string; createdAt: Date }[];
  riskFlags: { detail: string; createdAt: Date; acknowledgedAt: Date | null }[];
}

const KIND_LABEL: Record<string, string> = { phq9: 'PHQ-9', gad7: 'GAD-7' };
const kindLabel = (kind: string): string => KIND_LABEL[kind] ?? kind;

/**
 * A client's whole record for the clinician: a cover (who, caseload, sessions at a glance), then each session as in
 * its own export with every note version, then questionnaires and risk flags.
 */
export function buildClientExportDocument(x: ClientExportInput): ExportDocument {
  const { client } = x;
  const cover: ExportPart = {
    title: `Client record: ${client.name}`,
    subtitle: `Exported ${isoMinute(x.exportedAt)} by ${x.exportedBy}`,
    sections: nonEmpty([
      section('Client', [
        `Clinician: ${x.clinicianName}`,
        `Client since ${isoDate(client.createdAt)}`,
        client.archivedAt ? `Archived ${isoDate(client.archivedAt)}` : '',
        `Portal login: ${client.hasLogin ? 'yes' : 'no'}`,
      ]),
      section(
        `Sessions (${x.sessions.length})`,
        x.sessions.length === 0 ? ['No sessions yet.'] : [],
        x.sessions.map((s) => `${s.content.sessionDate}: ${s.status.replace('_', ' ')} (${s.sourceKind})`),
      ),
    ]),
    transcript: [],
  };
  const sessions = x.sessions.map((s): ExportPart => {
    const part = buildSessionPart(s.content);
    return {
      ...part,
      subtitle: `${part.subtitle}; ${s.status.replace('_', ' ')}`,
      sections:
        part.sections.length > 0 ? part.sections : [section('Content', ['No analysis, notes or homework yet.'])],
    };
  });
  const questionnaires: ExportPart = {
    title: 'Questionnaires',
    subtitle: `Client: ${client.name}`,
    sections: [
      section(
        'Responses',
        x.questionnaires.length === 0 ? ['None completed.'] : [],
        x.questionnaires.map((q) => `${isoDate(q.createdAt)} ${kindLabel(q.kind)}: ${q.total} (${q.severity})`),
      ),
      section(
        'Risk flags',
        x.riskFlags.length === 0 ? ['None raised.'] : [],
        x.riskFlags.map(
          (f) =>
            `${isoDate(f.createdAt)}: ${f.detail}` +
            (f.acknowledgedAt ? ` (acknowledged ${isoDate(f.acknowledgedAt)})` : ' (not acknowledged)'),
        ),
      ),
    ],
    transcript: [],
  };
  return {
    title: `Client record - ${client.name}`,
    filename: `client-${client.id}.pdf`,
    parts: [cover, ...sessions, questionnaires],
  };
}
