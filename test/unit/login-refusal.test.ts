// What the staff login page says when the server refuses: a citizen account is told that only staff log in here.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import { translator } from '../../src/i18n/index.js';
import '../../src/modules/ui.js';
import { loginRefusal } from '../../src/platform/ui/LoginPage.js';
import { ApiError } from '../../web/src/app/api.js';

const da = translator(CATALOG, 'da');

describe('loginRefusal', () => {
  it('tells a citizen that only staff log in here, and where to follow their case', () => {
    const key = loginRefusal(new ApiError(403, 'not_staff', 'x'));
    expect(da(key)).toBe(
      'Kun kommunens medarbejdere kan logge ind her. Som borger følger du din sag med linket i din kvittering.',
    );
  });

  it('keeps a wrong password and an unknown user vague, and a burst a matter of waiting', () => {
    expect(loginRefusal(new ApiError(401, 'invalid_credentials', 'x'))).toBe('common.login.invalid');
    expect(loginRefusal(new ApiError(429, 'rate_limited', 'x'))).toBe('common.login.rateLimited');
    expect(loginRefusal(new Error('network'))).toBe('common.error');
  });
});
