import { describe, expect, test } from 'vitest';
import { regionName } from './scroll-regions.ts';

describe('regionName', () => {
  test.each([
    { name: 'with a frame title', args: ['코드 블록', 2, '~/.ssh/config'] as const, want: '코드 블록 3: ~/.ssh/config' },
    { name: 'title trimmed', args: ['Code block', 0, '  Vagrantfile  '] as const, want: 'Code block 1: Vagrantfile' },
    { name: 'no title', args: ['Code block', 4, null] as const, want: 'Code block 5' },
    { name: 'blank title (terminal frames)', args: ['코드 블록', 0, ' '] as const, want: '코드 블록 1' },
  ])('$name', ({ args, want }) => {
    expect(regionName(args[0], args[1], args[2])).toBe(want);
  });
});
