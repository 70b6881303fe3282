// The components of the letters module's pages (pages.ts), for the staff app's router.
import { createElement } from 'react';
import { Redirect } from '../../../../web/src/app/router.js';
import type { StaffView, ViewProps } from '../../../platform/ui.js';
import { ComposerPage } from './ComposerPage.js';
import { NewLetterPage } from './NewLetterPage.js';
import { OutboxPage } from './OutboxPage.js';
import { composerPage, outboxPage, templatesPage } from './pages.js';
import { TemplatesPage } from './TemplatesPage.js';

const NewLetter = ({ params }: ViewProps) =>
  createElement(NewLetterPage, { caseNumber: params.caseNumber ?? '' });
const Composer = ({ params }: ViewProps) =>
  createElement(ComposerPage, {
    caseNumber: params.caseNumber ?? '',
    letterNumber: Number.parseInt(params.letterNumber ?? '', 10) || 0,
  });

/** The section itself has no page of its own: the cases are in the queue. */
const ToQueue = () => createElement(Redirect, { to: '/sager' });

export const lettersViews: StaffView[] = [
  { page: composerPage, component: ToQueue },
  // "new" before the letter's number: both patterns match it.
  { page: composerPage, match: '/cases/:caseNumber/letters/new', component: NewLetter },
  { page: composerPage, match: '/cases/:caseNumber/letters/:letterNumber', component: Composer },
  { page: templatesPage, component: TemplatesPage },
  { page: outboxPage, component: OutboxPage },
];
