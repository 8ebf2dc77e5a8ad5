// Arabic (and every right-to-left shop) gets the layout mirrored only if the kit's CSS speaks of start and end, not
// left and right: a physical property or value anywhere in the components' CSS fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../src/components');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));

const physical = [
  /(^|[\s;{])(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)\b/,
  /(^|[\s;{])(left|right)\s*:/,
  /(^|[\s;{])(text-align|float|clear)\s*:\s*(left|right)\b/,
  /border-(top|bottom)-(left|right)-radius/,
  // Four values of margin/padding name left and right by position: only mirrored pairs are direction-free.
  /(^|[\s;{])(margin|padding)\s*:\s*(\S+)\s+(\S+)\s+(\S+)\s+(?!\4)[^\s;]+\s*;/,
];

function findings(css: string): string[] {
  const lines = css.replace(/\/\*[\s\S]*?\*\//g, '').split('\n');
  return lines.filter((line) => physical.some((pattern) => pattern.test(line))).map((line) => line.trim());
}

describe('component CSS', () => {
  it('is found', () => expect(files.length).toBeGreaterThan(5));

  it.each(files)('%s uses logical properties only', (file) => {
    expect(findings(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });

  it('catches physical properties', () => {
    expect(
      findings('a { margin-left: 1px; }\nb { text-align: right; }\nc { right: 0 }\nd { padding: 1px 2px 3px 4px; }'),
    ).toHaveLength(4);
    expect(findings('a { margin-inline-start: 1px; padding: 1px 2px 3px 2px; text-align: end; }')).toEqual([]);
  });
});
