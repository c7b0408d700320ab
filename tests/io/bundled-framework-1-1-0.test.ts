// @vitest-environment node
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/framework-check';
import { criterionNa, listCriteria } from '../../src/domain/framework-model';
import { checkFrameworkLineage, loadFrameworkText } from '../../src/io/framework-loader';
import type { Framework } from '../../src/schemas/framework';

const file = (version: string) =>
  fileURLToPath(
    new URL(`../../frameworks/kwaliteitskader-tienerpooiers-${version}.json`, import.meta.url),
  );

function load(version: string): Framework {
  const result = loadFrameworkText(readFileSync(file(version), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.error.slice(0, 3)));
  return result.value;
}

const v100 = load('1.0.0');
const v110 = load('1.1.0');
const byCode = new Map(listCriteria(v110).map(({ criterion }) => [criterion.code, criterion]));
const criterion = (code: string) => {
  const found = byCode.get(code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

describe('bundled concept 1.1.0', () => {
  it('is format 2, a concept, and its lineage accounts for every criterion of 1.0.0', () => {
    expect(v110.formatVersion).toBe(2);
    expect(v110.status).toBe('concept');
    expect(v110.lineage?.previousVersion).toBe('1.0.0');
    expect(checkFrameworkLineage(v110, v100)).toEqual([]);
    for (const { criterion: c } of listCriteria(v110)) expect(c.lineage).toBeDefined();
  });

  it('forbids N/A on the safety criteria the review lists, and conditions it on the setting elsewhere', () => {
    const never =
      'D1.1 D1.3 D2.1 D2.2 D2.4 D2.5 D3.1 D3.2 D8.1 D8.2 D13.2 D13.4 D14.1 D14.2 D14.4 D15.2 D16.2 D17.3';
    for (const code of never.split(' ')) {
      expect(criterionNa(v110, criterion(code)).allowed, code).toBe(false);
    }
    for (const code of ['D4.1', 'D4.2', 'D4.3', 'D5.4', 'D10.4', 'D11.1', 'D11.2']) {
      const na = criterionNa(v110, criterion(code));
      expect(na.allowed && na.reasonRequired, code).toBe(true);
      expect(na.condition?.['nl-BE'], code).toBeTruthy();
    }
  });

  it('states the level logic in every criterion: owner and deadline, complete-not-evaluated, 24 months', () => {
    for (const { criterion: c } of listCriteria(v110)) {
      const text = (value: number) =>
        c.levelDescriptors.find((d) => d.value === value)!.text['nl-BE']!;
      expect(text(2), c.code).toMatch(/(verantwoordelijke|functie|directie)/);
      expect(text(2), c.code).toMatch(/(termijn|datum)/);
      expect(text(3), c.code).toContain('nog niet geëvalueerd');
      expect(text(4), c.code).toContain('24 maanden');
    }
  });

  it('adds the missing criteria and the rights domain, splits D7.1 and merges D3.2 with D9.2', () => {
    expect(criterion('D2.5').weight).toBe(2);
    expect(criterion('D2.5').lineage?.relation).toBe('new');
    expect(criterion('D5.5').lineage).toEqual({
      relation: 'split',
      from: ['huisregels-en-beperkingen-uitgelegd'],
    });
    for (const code of ['D4.4', 'D7.7', 'D12.5', 'D17.1', 'D17.2']) {
      expect(criterion(code).lineage?.relation, code).toBe('new');
    }
    expect(criterion('D7.6').lineage).toEqual({ relation: 'split', from: ['traumabehandeling'] });
    expect(criterion('D3.2').lineage).toEqual({
      relation: 'merged',
      from: ['samenwerking-zorgcentrum-seksueel-geweld', 'zorgzame-afname-sas-kit'],
    });
    expect(byCode.has('D9.2')).toBe(false);
    expect(criterion('D17.3').id).toBe('stem-van-jongeren');
  });

  it('uses the Flemish terms and asks for no single-case documents', () => {
    // Ids are permanent ("vaste-mentor" keeps its id); only the texts change.
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === 'object') {
        for (const [key, member] of Object.entries(value)) {
          if (key === 'nl-BE' || key === 'en') texts.push(String(member));
          else collect(member);
        }
      }
    };
    collect(v110.domains);
    const text = texts.join(' | ').toLowerCase();
    for (const word of [
      'mentor',
      'invaller',
      'bewonersvergadering',
      'veiligheidsbeeld',
      'safety picture',
    ]) {
      expect(text, word).not.toContain(word);
    }
    for (const code of ['D2.2', 'D4.1', 'D4.2', 'D8.4', 'D11.2']) {
      const examples = criterion(code)
        .evidenceExamples.map((e) => e['nl-BE'])
        .join(' | ');
      expect(examples, code).toMatch(/geaggregeerd|dossiersteekproef|Jaaroverzicht/i);
      expect(examples, code).not.toMatch(
        /Verslag van een (plaatsingsoverleg|incidentnabespreking)|Register van afwijkingen/,
      );
    }
  });

  it('references standards and legal articles besides plan actions, and links its new sources', () => {
    expect(v110.referenceKinds.map((kind) => kind.type)).toEqual([
      'plan-action',
      'standard',
      'legal-article',
    ]);
    expect(criterion('D13.2').references).toContainEqual({ kind: 'wet', ref: 'art. 458bis Sw.' });
    expect(
      v110.sources.filter((source) => source.url?.startsWith('https://')).length,
    ).toBeGreaterThanOrEqual(5);
    // "2.7" only where the criterion derives from the Azough core elements.
    for (const code of ['D8.1', 'D11.1', 'D13.1', 'D14.1', 'D16.1', 'D17.3']) {
      expect(criterion(code).references, code).not.toContainEqual({
        kind: 'actieplan',
        ref: '2.7',
      });
    }
  });
});

describe('framework-check on both bundled versions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineage-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[]) {
    const lines: string[] = [];
    const code = await main(argv, (line) => lines.push(line));
    return { code, lines };
  }

  it('accepts both and checks the lineage of 1.1.0 against 1.0.0', async () => {
    const { code, lines } = await run([file('1.0.0'), file('1.1.0')]);
    expect(code).toBe(0);
    expect(lines.filter((line) => line.includes(': OK '))).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('previous version');
  });

  it('reports a criterion of 1.0.0 that 1.1.0 no longer accounts for', async () => {
    const value = JSON.parse(readFileSync(file('1.1.0'), 'utf8'));
    const d3 = value.domains.find((d: { code: string }) => d.code === 'D3');
    const merged = d3.criteria.find((c: { code: string }) => c.code === 'D3.2');
    merged.lineage = { relation: 'reworded', from: ['samenwerking-zorgcentrum-seksueel-geweld'] };
    const broken = join(dir, 'broken-1.1.0.json');
    writeFileSync(broken, JSON.stringify(value));
    const { code, lines } = await run([file('1.0.0'), broken]);
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain(
      'The criterion "zorgzame-afname-sas-kit" of version 1.0.0 is taken over by no criterion and is not listed as withdrawn.',
    );
  });

  it('says when the earlier version is not among the checked files', async () => {
    const { code, lines } = await run([file('1.1.0')]);
    expect(code).toBe(0);
    expect(lines.join('\n')).toContain('the previous version 1.0.0 is not among the checked files');
  });
});
