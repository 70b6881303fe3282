// The names the columns of a decision-volume CSV may have, Danish and English (matched without regard to case).
import type { DecisionColumns } from '../../core/surveys.js';

export const DECISION_CSV_COLUMNS: DecisionColumns = {
  area: ['område', 'omraade', 'area'],
  month: ['måned', 'maaned', 'month'],
  decisions: ['afgørelser', 'afgoerelser', 'decisions'],
};
