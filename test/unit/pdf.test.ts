import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/platform/pdf.js';
import { pdfText } from '../support/pdf-text.js';

describe('renderPdf', () => {
  it('writes the title, the meta lines and every section in order, Danish letters intact', async () => {
    const bytes = await renderPdf({
      title: 'Afgørelse om hjælp til bolig',
      lang: 'da-DK',
      meta: ['Sag 2026-000123'],
      sections: [
        { heading: 'Resultat', paragraphs: ['Du får ret i din klage.'] },
        { heading: 'Lovgrundlag', paragraphs: ['Serviceloven § 83.'] },
        { heading: 'Bilag', paragraphs: ['Kopi af klagen, side 2.'], newPage: true },
      ],
    });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfText(bytes);
    expect(pages).toHaveLength(2);
    const text = pages.join('\n');
    const order = [
      'Afgørelse om hjælp til bolig',
      'Sag 2026-000123',
      'Resultat',
      'Du får ret',
      'Lovgrundlag',
      'Bilag',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pages[1]).toContain('Kopi af klagen');
  });

  it('declares the language and marks the content as tagged', async () => {
    const raw = (await renderPdf({ title: 'Brev', lang: 'da-DK', sections: [] })).toString('latin1');
    expect(raw).toContain('/Lang (da-DK)');
    expect(raw).toContain('/MarkInfo');
  });
});
