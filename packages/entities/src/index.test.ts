import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('./index')).sort()).toEqual([
      'EntitiesError',
      'extractMentions',
      'linkEntities',
      'resolveDates',
    ]);
  });
});
