import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  generate,
  isIPv6,
  isLoopback,
  shellQuote,
  validate,
  SEED_LAB,
  SEED_LAB_HOST_ONLY,
  LAB_KNOWN_HOSTS,
  type GenerateInput,
  type HostInput,
  type Problem,
  type WarningCode,
} from './generate.ts';

const KEY = '~/.ssh/id_ed25519';
const seed = (over: Partial<GenerateInput> = {}): GenerateInput => ({
  hosts: SEED_LAB,
  identityFile: KEY,
  mode: 'key',
  ...over,
});
const host = (over: Partial<HostInput> = {}): HostInput => ({
  name: 'm-k8s',
  alias: 'kmaster',
  address: '127.0.0.1',
  port: 60010,
  user: 'root',
  ...over,
});

/**
 * What the shell would still interpret in a line: a small POSIX lexer that drops single-quoted text
 * and backslash-escaped characters outside quotes (as in `'it'\''s'`) and keeps the rest.
 */
function unquoted(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') i++; // escaped character: literal
    else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) return out + line.slice(i); // unterminated: everything after is suspect
      i = end;
    } else out += c;
  }
  return out;
}

/** A function line as the generator writes it: name() { ...; } on one line. */
const FUNCTION_LINE = /^[A-Za-z_][A-Za-z0-9_-]*\(\) \{ (.*) "\$@"; \}$/;

describe('the seed lab, key-based', () => {
  const out = generate(seed());

  test('one Host block per node, with the alias as a second name', () => {
    expect(out.sshConfig.match(/^Host /gm)).toHaveLength(4);
    expect(out.sshConfig).toContain(
      [
        'Host m-k8s kmaster',
        '  HostName 127.0.0.1',
        '  Port 60010',
        '  User root',
        '  IdentityFile ~/.ssh/id_ed25519',
        '  IdentitiesOnly yes',
        '  StrictHostKeyChecking accept-new',
        `  UserKnownHostsFile ${LAB_KNOWN_HOSTS}`,
      ].join('\n'),
    );
    expect(out.sshConfig).toContain('Host w3-k8s kworker3\n  HostName 127.0.0.1\n  Port 60103');
  });

  test('explains the known_hosts choice in a comment', () => {
    expect(out.sshConfig).toMatch(/^# .*\[127\.0\.0\.1\]:port/m);
  });

  test('no /etc/hosts lines: a port cannot go there', () => {
    const lines = out.etcHosts.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines).toEqual([]);
    expect(out.warnings.filter((w) => w.code === 'hosts-cannot-carry-port').map((w) => w.host)).toEqual([
      'm-k8s',
      'w1-k8s',
      'w2-k8s',
      'w3-k8s',
    ]);
  });

  test('shell functions call the Host names', () => {
    expect(out.shellFunctions).toContain('kmaster() { ssh m-k8s "$@"; }');
    expect(out.shellFunctions).toContain('kworker1() { ssh w1-k8s "$@"; }');
    expect(out.shellFunctions).not.toContain('sshpass');
  });

  test('no problems', () => {
    expect(out.problems).toEqual([]);
  });
});

describe('the host-only network', () => {
  const out = generate(seed({ hosts: SEED_LAB_HOST_ONLY }));
  test('/etc/hosts gets address and both names', () => {
    expect(out.etcHosts).toContain('192.168.1.10\tm-k8s kmaster');
    expect(out.etcHosts).toContain('192.168.1.103\tw3-k8s kworker3');
    expect(out.warnings).toEqual([]);
  });
  test('host keys are checked the normal way', () => {
    expect(out.sshConfig).not.toContain('StrictHostKeyChecking');
    expect(out.sshConfig).toContain('Host m-k8s kmaster\n  HostName 192.168.1.10\n  Port 22\n');
  });
});

interface ModeCase {
  name: string;
  input: Partial<GenerateInput>;
  fn: string;
  warnings: WarningCode[];
}
const modeCases: ModeCase[] = [
  {
    name: 'sshpass -e with the password inline: out of ps, still in the dotfile',
    input: { mode: 'sshpass', password: 'vagrant' },
    fn: `kmaster() { SSHPASS='vagrant' sshpass -e ssh -o StrictHostKeyChecking=accept-new -p 60010 root@127.0.0.1 "$@"; }`,
    warnings: ['password-in-dotfile'],
  },
  {
    name: 'sshpass -e with an exported SSHPASS: nothing stored',
    input: { mode: 'sshpass', password: '' },
    fn: `kmaster() { sshpass -e ssh -o StrictHostKeyChecking=accept-new -p 60010 root@127.0.0.1 "$@"; }`,
    warnings: [],
  },
  {
    name: 'sshpass -p (the seed page): in ps and in the dotfile',
    input: { mode: 'sshpass', password: 'vagrant', passwordSource: 'arg' },
    fn: `kmaster() { sshpass -p 'vagrant' ssh -o StrictHostKeyChecking=accept-new -p 60010 root@127.0.0.1 "$@"; }`,
    warnings: ['password-in-dotfile', 'password-in-process-list'],
  },
  {
    name: 'key mode ignores a password',
    input: { mode: 'key', password: 'vagrant', passwordSource: 'arg' },
    fn: 'kmaster() { ssh m-k8s "$@"; }',
    warnings: [],
  },
];

test.each(modeCases)('$name', ({ input, fn, warnings }) => {
  const out = generate(seed(input));
  expect(out.shellFunctions.split('\n')).toContain(fn);
  const codes = out.warnings.map((w) => w.code).filter((c) => c !== 'hosts-cannot-carry-port');
  expect(codes).toEqual(warnings);
});

interface ProblemCase {
  name: string;
  host: Partial<HostInput>;
  problem: Omit<Problem, 'row'>;
}
const problemCases: ProblemCase[] = [
  { name: 'empty name', host: { name: '' }, problem: { field: 'name', code: 'required' } },
  { name: 'name with a space (a second Host token)', host: { name: 'm k8s' }, problem: { field: 'name', code: 'invalid-name' } },
  { name: 'name with # (a comment)', host: { name: 'm#k8s' }, problem: { field: 'name', code: 'invalid-name' } },
  { name: 'name with * (a pattern)', host: { name: 'm-*' }, problem: { field: 'name', code: 'invalid-name' } },
  { name: 'name with a newline (a new config line)', host: { name: 'm\nProxyCommand x' }, problem: { field: 'name', code: 'invalid-name' } },
  { name: 'name with ;', host: { name: 'm;reboot' }, problem: { field: 'name', code: 'invalid-name' } },
  { name: 'name with $()', host: { name: '$(id)' }, problem: { field: 'name', code: 'invalid-name' } },
  { name: 'name with backticks', host: { name: '`id`' }, problem: { field: 'name', code: 'invalid-name' } },
  { name: 'name with a quote', host: { name: "m'k8s" }, problem: { field: 'name', code: 'invalid-name' } },
  { name: 'name starting with - (an ssh option)', host: { name: '-oProxyCommand=x' }, problem: { field: 'name', code: 'invalid-name' } },
  { name: 'alias starting with a digit (not a function name)', host: { alias: '1st' }, problem: { field: 'alias', code: 'invalid-alias' } },
  { name: 'alias with a dot', host: { alias: 'k.master' }, problem: { field: 'alias', code: 'invalid-alias' } },
  { name: 'alias equal to the name', host: { alias: 'M-K8S' }, problem: { field: 'alias', code: 'duplicate' } },
  { name: 'empty address', host: { address: '  ' }, problem: { field: 'address', code: 'required' } },
  { name: 'address with a space', host: { address: '127.0.0.1 -p 1' }, problem: { field: 'address', code: 'invalid-address' } },
  { name: 'address starting with -', host: { address: '-oProxyCommand=x' }, problem: { field: 'address', code: 'invalid-address' } },
  { name: 'IPv4 out of range', host: { address: '192.168.1.300' }, problem: { field: 'address', code: 'invalid-address' } },
  { name: 'port 0', host: { port: 0 }, problem: { field: 'port', code: 'invalid-port' } },
  { name: 'port 65536', host: { port: 65536 }, problem: { field: 'port', code: 'invalid-port' } },
  { name: 'port as text', host: { port: '22; reboot' }, problem: { field: 'port', code: 'invalid-port' } },
  { name: 'port with a fraction', host: { port: 22.5 }, problem: { field: 'port', code: 'invalid-port' } },
  { name: 'empty port', host: { port: '' }, problem: { field: 'port', code: 'required' } },
  { name: 'empty user', host: { user: '' }, problem: { field: 'user', code: 'required' } },
  { name: 'user with @', host: { user: 'root@evil' }, problem: { field: 'user', code: 'invalid-user' } },
  { name: 'user with $()', host: { user: '$(reboot)' }, problem: { field: 'user', code: 'invalid-user' } },
];

test.each(problemCases)('rejects $name', ({ host: over, problem }) => {
  const out = generate(seed({ hosts: [host(over)] }));
  expect(out.problems).toContainEqual({ row: 0, ...problem });
  expect(out.hosts).toEqual([]);
  expect(out.sshConfig).not.toMatch(/^Host /m);
  expect(out.shellFunctions.split('\n').filter((l) => !l.startsWith('#') && l !== '')).toEqual([]);
});

interface AcceptCase {
  name: string;
  host: Partial<HostInput>;
  hostLine: string;
}
const acceptCases: AcceptCase[] = [
  { name: 'port given as a string', host: { port: ' 2222 ' }, hostLine: 'Host m-k8s kmaster' },
  { name: 'no alias', host: { alias: '' }, hostLine: 'Host m-k8s' },
  { name: 'DNS name address', host: { address: 'node1.lab.example' }, hostLine: 'Host m-k8s kmaster' },
  { name: 'IPv6 loopback', host: { address: '::1' }, hostLine: 'Host m-k8s kmaster' },
  { name: 'padded fields are trimmed', host: { name: ' m-k8s ', user: ' root ' }, hostLine: 'Host m-k8s kmaster' },
];

test.each(acceptCases)('accepts $name', ({ host: over, hostLine }) => {
  const out = generate(seed({ hosts: [host(over)] }));
  expect(out.problems).toEqual([]);
  expect(out.sshConfig.split('\n')).toContain(hostLine);
});

test('duplicates: the first row keeps the name, the second is skipped', () => {
  const out = generate(seed({ hosts: [host(), host({ alias: 'other', port: 60011 }), host({ name: 'x', alias: 'KMASTER' })] }));
  expect(out.problems).toEqual([
    { row: 1, field: 'name', code: 'duplicate' },
    { row: 2, field: 'alias', code: 'duplicate' },
  ]);
  expect(out.sshConfig.match(/^Host /gm)).toHaveLength(1);
});

test('a bad row does not hide the good ones', () => {
  const out = generate(seed({ hosts: [host({ name: 'bad name' }), ...SEED_LAB.slice(1)] }));
  expect(out.problems).toEqual([{ row: 0, field: 'name', code: 'invalid-name' }]);
  expect(out.hosts.map((h) => h.row)).toEqual([1, 2, 3]);
  expect(out.sshConfig.match(/^Host /gm)).toHaveLength(3);
});

test('a DNS-name address gets no /etc/hosts line', () => {
  const out = generate(seed({ hosts: [host({ address: 'node1.lab.example', port: 22 })] }));
  expect(out.warnings).toEqual([{ code: 'hosts-needs-ip', host: 'm-k8s' }]);
  expect(out.etcHosts.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([]);
});

test('no alias and a name that is not a function name: no function, a warning', () => {
  const out = generate(seed({ hosts: [host({ name: '10-node', alias: '' })] }));
  expect(out.warnings).toContainEqual({ code: 'no-function-name', host: '10-node' });
  expect(out.shellFunctions).not.toContain('10-node()');
});

interface GlobalCase {
  name: string;
  input: Partial<GenerateInput>;
  problem: Problem | null;
  check: (out: ReturnType<typeof generate>) => void;
}
const globalCases: GlobalCase[] = [
  {
    name: 'identity file with a space is double-quoted',
    input: { identityFile: '~/My Keys/lab key' },
    problem: null,
    check: (o) => expect(o.sshConfig).toContain('  IdentityFile "~/My Keys/lab key"'),
  },
  {
    name: 'identity file with a newline is rejected, config still written without it',
    input: { identityFile: '~/.ssh/id\nProxyCommand nc evil 22' },
    problem: { row: null, field: 'identityFile', code: 'invalid-identity-file' },
    check: (o) => {
      expect(o.sshConfig).not.toContain('ProxyCommand');
      expect(o.sshConfig).not.toContain('IdentityFile');
      expect(o.sshConfig.match(/^Host /gm)).toHaveLength(4);
    },
  },
  {
    name: 'identity file with a double quote is rejected',
    input: { identityFile: '~/a"b' },
    problem: { row: null, field: 'identityFile', code: 'invalid-identity-file' },
    check: (o) => expect(o.sshConfig).not.toContain('a"b'),
  },
  {
    name: 'empty identity file: no IdentityFile, no IdentitiesOnly',
    input: { identityFile: '' },
    problem: null,
    check: (o) => expect(o.sshConfig).not.toMatch(/Identit/),
  },
  {
    name: 'password with quotes and $() is single-quoted',
    input: { mode: 'sshpass', passwordSource: 'arg', password: `it's $(reboot) \`id\`; rm -rf ~` },
    problem: null,
    check: (o) =>
      expect(o.shellFunctions).toContain(`sshpass -p 'it'\\''s $(reboot) \`id\`; rm -rf ~' ssh`),
  },
  {
    name: 'password with a newline is rejected and no sshpass function is written',
    input: { mode: 'sshpass', password: 'a\nreboot' },
    problem: { row: null, field: 'password', code: 'invalid-password' },
    check: (o) => {
      expect(o.shellFunctions).not.toContain('reboot');
      expect(o.shellFunctions).not.toMatch(/^kmaster\(\)/m);
    },
  },
  {
    name: 'sshpass -p needs a password',
    input: { mode: 'sshpass', passwordSource: 'arg', password: '' },
    problem: { row: null, field: 'password', code: 'required' },
    check: (o) => expect(o.warnings.map((w) => w.code)).not.toContain('password-in-process-list'),
  },
];

test.each(globalCases)('$name', ({ input, problem, check }) => {
  const out = generate(seed(input));
  if (problem) expect(out.problems).toContainEqual(problem);
  else expect(out.problems).toEqual([]);
  check(out);
});

test.each([
  { name: 'plain quoted', line: `a 'b;c' d`, rest: 'a  d' },
  { name: 'escaped quote between quoted parts', line: `x=''\\''<' y`, rest: 'x= y' },
  { name: 'unquoted semicolon stays', line: `a; b`, rest: 'a; b' },
])('test lexer: $name', ({ line, rest }) => expect(unquoted(line)).toBe(rest));

describe('helpers', () => {
  test.each([
    { name: 'plain', s: 'vagrant', q: `'vagrant'` },
    { name: 'single quote', s: `it's`, q: `'it'\\''s'` },
    { name: 'empty', s: '', q: `''` },
  ])('shellQuote: $name', ({ s, q }) => expect(shellQuote(s)).toBe(q));

  test.each([
    { name: '127.0.0.1', a: '127.0.0.1', loop: true },
    { name: '127.1.2.3', a: '127.1.2.3', loop: true },
    { name: 'localhost', a: 'LocalHost', loop: true },
    { name: '::1', a: '::1', loop: true },
    { name: 'host-only', a: '192.168.1.10', loop: false },
    { name: 'a name starting with 127', a: '127.example', loop: false },
  ])('isLoopback: $name', ({ a, loop }) => expect(isLoopback(a)).toBe(loop));

  test.each([
    { name: 'full', a: '2001:db8:0:0:0:0:0:1', ok: true },
    { name: 'compressed', a: '2001:db8::1', ok: true },
    { name: 'v4-mapped', a: '::ffff:192.168.1.10', ok: true },
    { name: 'two ::', a: '1::2::3', ok: false },
    { name: 'too many groups', a: '1:2:3:4:5:6:7:8:9', ok: false },
  ])('isIPv6: $name', ({ a, ok }) => expect(isIPv6(a)).toBe(ok));

  test('validate is what generate uses', () => {
    expect(validate(seed()).hosts).toHaveLength(4);
  });
});

describe('properties', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...`ab-_.'"\`$();|&\n\r\t #*\\{}<>~!?%`.split('')), maxLength: 20 }),
    fc.constantFrom('m-k8s', 'kmaster', 'root', 'vagrant', '', `'; reboot; '`, '$(id)', 'a\nb'),
  );
  const row = fc.record({
    name: anyText,
    alias: anyText,
    address: fc.oneof(fc.constantFrom('127.0.0.1', '192.168.1.10', '::1', 'node.example'), anyText),
    port: fc.oneof(fc.integer({ min: -5, max: 70000 }), anyText),
    user: anyText,
  });
  const input = fc.record({
    hosts: fc.array(row, { maxLength: 6 }),
    identityFile: fc.oneof(fc.constant(KEY), anyText),
    mode: fc.constantFrom('key' as const, 'sshpass' as const),
    password: anyText,
    passwordSource: fc.constantFrom('env' as const, 'arg' as const),
    lang: fc.constantFrom('ko' as const, 'en' as const),
  });

  test('never throws; one Host line per valid host; functions carry nothing unquoted from the input', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const out = generate(inp);
        // exactly one Host line per valid host, and every config line is a comment, blank, Host or a known keyword
        expect(out.sshConfig.match(/^Host /gm) ?? []).toHaveLength(out.hosts.length);
        for (const line of out.sshConfig.split('\n')) {
          expect(line).toMatch(
            /^(|# .*|Host [^\s#]+( [^\s#]+)?|  (HostName|Port|User|IdentitiesOnly|StrictHostKeyChecking|UserKnownHostsFile) [^\s#]+|  IdentityFile ("[^"\n]*"|[^\s#"]+))$/,
          );
        }
        // every shell line is a comment, blank, or one whole function whose unquoted part is ours
        for (const line of out.shellFunctions.split('\n')) {
          if (line === '' || line.startsWith('#')) continue;
          const m = FUNCTION_LINE.exec(line);
          expect(m, line).not.toBeNull();
          const body = unquoted(m![1]!);
          expect(body, line).not.toMatch(/[;\n\r`|&<>'"]|\$\(/);
        }
        // /etc/hosts: comments or "address<TAB>names"
        for (const line of out.etcHosts.split('\n')) {
          expect(line).toMatch(/^(|# .*|[0-9A-Fa-f.:]+\t[^\s#]+( [^\s#]+)?)$/);
        }
        // comments never hold a line break from the input (they are single lines by construction)
        const lines = out.sshConfig.split('\n').length + out.shellFunctions.split('\n').length;
        expect(lines).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  test('a password always comes back out of the quoting unchanged', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s)), (password) => {
        const out = generate(seed({ mode: 'sshpass', passwordSource: 'arg', password }));
        const line = out.shellFunctions.split('\n').find((l) => l.startsWith('kmaster()'))!;
        const quoted = /sshpass -p ('(?:[^']|'\\'')*') ssh/.exec(line)![1]!;
        // undo POSIX single quoting: '…' segments joined, '\'' is a literal quote
        const value = quoted.slice(1, -1).replace(/'\\''/g, "'");
        expect(value).toBe(password);
      }),
      { numRuns: 300 },
    );
  });
});
