// PDF documents made from structured content: a title, sections with headings and paragraphs. The DKFDS font
// (IBM Plex Sans, shipped in dkfds/dist/fonts) is embedded, the document language is set, and the content is
// tagged (Document, H1, H2, P) so screen readers can follow it.
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { projectRoot } from './paths.js';

export interface PdfSection {
  heading?: string;
  /** Paragraphs of plain text. */
  paragraphs: readonly string[];
  /** Start this section on a new page. */
  newPage?: boolean;
}

export interface PdfContent {
  title: string;
  /** BCP 47 language of the text, e.g. 'da-DK'. */
  lang: string;
  /** Short lines printed under the title. */
  meta?: readonly string[];
  sections: readonly PdfSection[];
  author?: string;
}

const fontFile = (name: string) =>
  join(projectRoot(), 'node_modules/dkfds/dist/fonts/IBMPlexSans/complete/ttf', `IBMPlexSans-${name}.ttf`);

/** Renders the content as an A4 PDF and returns its bytes. */
export function renderPdf(content: PdfContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    tagged: true,
    lang: content.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: content.title, ...(content.author ? { Author: content.author } : {}) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('regular', fontFile('Regular'));
  doc.registerFont('bold', fontFile('SemiBold'));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const block = (type: string, font: string, size: number, text: string, gap: number) => {
    root.add(
      doc.struct(type, {}, () => {
        doc.font(font).fontSize(size).text(text, { paragraphGap: gap, lineGap: 2 });
      }),
    );
  };

  block('H1', 'bold', 18, content.title, 8);
  for (const line of content.meta ?? []) block('P', 'regular', 10, line, 2);
  for (const [i, section] of content.sections.entries()) {
    if (section.newPage && i > 0) doc.addPage();
    else doc.moveDown(0.6);
    if (section.heading) block('H2', 'bold', 13, section.heading, 4);
    for (const p of section.paragraphs) block('P', 'regular', 11, p, 6);
  }
  root.end();
  doc.end();
  return done;
}
