import { open } from 'node:fs/promises';
import { seededRandom } from '../../src/diarize/kmeans.ts';

// Shape of a whisper model small enough to make in milliseconds and run in about a second: 64 wide, one encoder and
// one decoder layer, 3 s windows (audio context 150 instead of 1500), and the real English vocabulary size because
// whisper.cpp derives the special token ids from it.
const H = {
  nVocab: 51864,
  nAudioCtx: 150,
  nState: 64,
  nHead: 2,
  nAudioLayer: 1,
  nTextCtx: 448,
  nTextLayer: 1,
  nMels: 80,
};

const EOT = 50256; // end-of-text token id of the English vocabulary

/**
 * Writes a whisper.cpp ggml model file (format of whisper_model_load) with random float32 weights. whisper.cpp
 * loads and runs it like any model; what it "recognises" is meaningless, which is all a wiring test needs.
 */
export async function writeTinyWhisperModel(path: string, seed = 1): Promise<void> {
  const rand = seededRandom(seed);
  const file = await open(path, 'w');
  const ints = (...v: number[]): Buffer => Buffer.from(Int32Array.from(v).buffer);
  const floats = (n: number, scale: number, offset = 0): Buffer => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = offset + (rand() * 2 - 1) * scale;
    return Buffer.from(a.buffer);
  };
  try {
    const S = H.nState;
    await file.write(
      ints(
        0x67676d6c,
        H.nVocab,
        H.nAudioCtx,
        S,
        H.nHead,
        H.nAudioLayer,
        H.nTextCtx,
        S,
        H.nHead,
        H.nTextLayer,
        H.nMels,
        0,
      ),
    );
    await file.write(Buffer.concat([ints(H.nMels, 201), floats(H.nMels * 201, 0.01, 0.01)]));
    // A few real-looking words; whisper.cpp names the rest of the vocabulary itself.
    const words = ['hello', ' there', ' how', ' are', ' you', ' '];
    await file.write(Buffer.concat([ints(words.length), ...words.flatMap((w) => [ints(w.length), Buffer.from(w)])]));
    const tensor = async (name: string, ne: number[], kind: 'w' | 'ln' | 'b' = 'w', data?: Buffer): Promise<void> => {
      const n = ne.reduce((a, b) => a * b, 1);
      await file.write(Buffer.concat([ints(ne.length, name.length, 0), ints(...ne), Buffer.from(name)]));
      await file.write(data ?? (kind === 'ln' ? floats(n, 0.05, 1) : floats(n, kind === 'b' ? 0.01 : 0.1)));
    };
    const block = async (p: string, cross: boolean): Promise<void> => {
      const attn = async (a: string): Promise<void> => {
        await tensor(`${p}.${a}_ln.weight`, [S], 'ln');
        await tensor(`${p}.${a}_ln.bias`, [S], 'b');
        await tensor(`${p}.${a}.query.weight`, [S, S]);
        await tensor(`${p}.${a}.query.bias`, [S], 'b');
        await tensor(`${p}.${a}.key.weight`, [S, S]);
        await tensor(`${p}.${a}.value.weight`, [S, S]);
        await tensor(`${p}.${a}.value.bias`, [S], 'b');
        await tensor(`${p}.${a}.out.weight`, [S, S]);
        await tensor(`${p}.${a}.out.bias`, [S], 'b');
      };
      await attn('attn');
      if (cross) await attn('cross_attn');
      await tensor(`${p}.mlp_ln.weight`, [S], 'ln');
      await tensor(`${p}.mlp_ln.bias`, [S], 'b');
      await tensor(`${p}.mlp.0.weight`, [S, 4 * S]);
      await tensor(`${p}.mlp.0.bias`, [4 * S], 'b');
      await tensor(`${p}.mlp.2.weight`, [4 * S, S]);
      await tensor(`${p}.mlp.2.bias`, [S], 'b');
    };
    await tensor('encoder.positional_embedding', [S, H.nAudioCtx]);
    await tensor('encoder.conv1.weight', [3, H.nMels, S]);
    await tensor('encoder.conv1.bias', [1, S], 'b');
    await tensor('encoder.conv2.weight', [3, S, S]);
    await tensor('encoder.conv2.bias', [1, S], 'b');
    await tensor('encoder.ln_post.weight', [S], 'ln');
    await tensor('encoder.ln_post.bias', [S], 'b');
    for (let i = 0; i < H.nAudioLayer; i++) await block(`encoder.blocks.${i}`, false);
    await tensor('decoder.positional_embedding', [S, H.nTextCtx]);
    // Random decoding would run to the token limit at every fallback temperature (minutes). A zero final-norm
    // gain makes the decoder's output the constant bias, and the end-of-text row of the token embedding points the
    // same way, so every window ends after a token or two: meaningless text, but the whole path runs.
    const embedding = new Float32Array(floats(S * H.nVocab, 0.1).buffer.slice(0));
    embedding.fill(1, EOT * S, (EOT + 1) * S);
    await tensor('decoder.token_embedding.weight', [S, H.nVocab], 'w', Buffer.from(embedding.buffer));
    await tensor('decoder.ln.weight', [S], 'ln', Buffer.alloc(S * 4));
    await tensor('decoder.ln.bias', [S], 'b', Buffer.from(new Float32Array(S).fill(0.5).buffer));
    for (let i = 0; i < H.nTextLayer; i++) await block(`decoder.blocks.${i}`, true);
  } finally {
    await file.close();
  }
}
