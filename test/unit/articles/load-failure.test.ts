import { describe, expect, it } from 'vitest';
import { DataFormatError, HttpError, loadFailure } from '../../../src/features/articles/api/fetch-json';

describe('loadFailure', () => {
  it('tells a failing server and stale data from a request that got no answer', () => {
    expect(loadFailure(new HttpError('/assets/articles/x.json', 503))).toBe('server');
    expect(loadFailure(new SyntaxError('Unexpected token'))).toBe('server');
    expect(loadFailure(new DataFormatError('format version 2'))).toBe('version');
    expect(loadFailure(new TypeError('Failed to fetch'))).toBe('network');
    expect(loadFailure('anything else')).toBe('network');
  });
});
