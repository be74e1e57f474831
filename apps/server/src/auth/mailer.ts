import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface SmtpOptions {
  url: string;
  from: string;
}

/** SMTP when configured; otherwise the message (with its link) goes to the log, which is how dev installs reset. */
export function createMailer(smtp: SmtpOptions | undefined, log: FastifyBaseLogger): Mailer {
  if (!smtp) {
    return {
      send(message) {
        log.info({ mailTo: message.to, subject: message.subject, body: message.text }, 'mail (SMTP not configured)');
        return Promise.resolve();
      },
    };
  }
  const transport = nodemailer.createTransport(smtp.url);
  return {
    async send(message) {
      await transport.sendMail({ from: smtp.from, ...message });
    },
  };
}
