import { describe, expect, it } from 'vitest';
import { message } from '../src/domain/message';
import { renderMessage } from '../src/i18n/message';

describe('renderMessage (catalogue messages of io, db and domain)', () => {
  it('fills parameters and renders nested messages in the same language', () => {
    const notAnObject = message('framework.notAnObject', { kind: message('value.list') });
    expect(renderMessage(notAnObject, 'nl-BE')).toBe(
      'Het bestand moet één JSON-object ({ ... }) bevatten, maar bevat een lijst ([ ... ]).',
    );
    expect(renderMessage(notAnObject, 'en')).toBe(
      'The file must contain one JSON object ({ ... }), but it contains a list ([ ... ]).',
    );
  });

  it('chooses the plural form by count', () => {
    expect(renderMessage(message('framework.tooManyIssues', { count: 1 }), 'en')).toMatch(
      /^There is 1 more problem;/,
    );
    expect(renderMessage(message('framework.tooManyIssues', { count: 3 }), 'nl-BE')).toMatch(
      /^Er zijn nog 3 andere problemen;/,
    );
  });

  it('formats byte counts per language and capitalises a nested phrase that opens a sentence', () => {
    const tooLarge = message('backup.tooLarge', { size: 2_500_000, max: 50_000_000 });
    expect(renderMessage(tooLarge, 'nl-BE')).toContain('(2,5 MB)');
    expect(renderMessage(tooLarge, 'en')).toContain('(2.5 MB)');
    const wrongType = message('shape.wrongType', {
      expected: message('expected.string'),
      found: message('value.number'),
    });
    expect(renderMessage(wrongType, 'en')).toBe('Text is expected here, but there is a number.');
  });

  it('cuts a sentence at its maximum length', () => {
    const long = {
      ...message('backup.missingFacility', { period: 'x'.repeat(500) }),
      maxLength: 50,
    };
    expect(renderMessage(long, 'nl-BE')).toHaveLength(50);
    expect(renderMessage(long, 'nl-BE').endsWith('…')).toBe(true);
  });

  it('never reads a parameter as a placeholder or a nested key', () => {
    const hostile = message('backup.forbiddenKey', { key: '{{key}} $t(backup.empty)' });
    expect(renderMessage(hostile, 'en')).toContain('"{{key}} $t(backup.empty)"');
  });

  it('reads Dutch for any language other than English', () => {
    expect(renderMessage(message('backup.empty'), 'fr')).toBe('Het bestand is leeg.');
  });
});
