/**
 * The SSH config builder's core: turns a list of lab nodes into three texts a reader can paste:
 * a `~/.ssh/config` block, `/etc/hosts` lines and shell functions.
 *
 * Pure TypeScript: no DOM, no Node API. Runs in the browser island and in tests.
 * Nothing throws on user input: invalid rows become `problems` and are left out of the output; risky
 * but valid choices (a password in a dotfile) become `warnings`. Every value that reaches the output
 * is either checked against a strict pattern or single-quoted for the shell, so nothing typed into
 * the form can add a config line or run a command.
 *
 * @example
 *   generate({ hosts: SEED_LAB, identityFile: '~/.ssh/id_ed25519', mode: 'key' }).shellFunctions
 *   // includes: kmaster() { ssh m-k8s "$@"; }
 */
import type { Lang } from '../kubectl/model.ts';
import { uiText } from '../i18n/ui.ts';

export type Mode = 'key' | 'sshpass';

/**
 * Where sshpass gets the password. `env`: `sshpass -e` reads the SSHPASS variable (never on a
 * command line, so `ps` cannot show it). `arg`: `sshpass -p '…'`, the seed page's way (visible to
 * every user of the machine through `ps` while ssh runs).
 */
export type PasswordSource = 'env' | 'arg';

export interface HostInput {
  /** The ssh Host name, e.g. "m-k8s". */
  name: string;
  /** A second Host name and the shell function's name, e.g. "kmaster". Optional. */
  alias?: string;
  /** HostName: an IPv4/IPv6 address or a DNS name, e.g. "127.0.0.1" or "192.168.1.10". */
  address: string;
  /** 1-65535; a string from a form field is accepted. */
  port: number | string;
  user: string;
}

export interface GenerateInput {
  hosts: readonly HostInput[];
  /** e.g. "~/.ssh/id_ed25519"; empty: no IdentityFile line. */
  identityFile: string;
  mode: Mode;
  /** sshpass mode only. Empty with `passwordSource: 'env'`: the functions expect an exported SSHPASS. */
  password?: string;
  /** sshpass mode only; default `env`. */
  passwordSource?: PasswordSource;
  /** Language of the comments inside the generated files; default `en`. */
  lang?: Lang;
}

export type Field = 'name' | 'alias' | 'address' | 'port' | 'user' | 'identityFile' | 'password';

export type ProblemCode =
  | 'required' // empty where a value is needed
  | 'invalid-name' // not a plain Host token (spaces, #, *, quotes, …)
  | 'invalid-alias' // not usable as a Host token and a shell function name
  | 'invalid-address' // not an IP address or DNS name
  | 'invalid-port' // not an integer in 1-65535
  | 'invalid-user' // not a plain login name
  | 'duplicate' // name or alias already used by an earlier row
  | 'invalid-identity-file' // control characters or a double quote
  | 'invalid-password'; // control characters (a newline, …)

export interface Problem {
  /** Index in `hosts`; null for the form-wide fields (identityFile, password). */
  row: number | null;
  field: Field;
  code: ProblemCode;
}

export type WarningCode =
  | 'hosts-cannot-carry-port' // a 127.0.0.1:port node cannot go in /etc/hosts
  | 'hosts-needs-ip' // a node given by DNS name cannot go in /etc/hosts
  | 'no-function-name' // the name is not a valid shell function name and there is no alias
  | 'password-in-dotfile' // the password is written into the shell functions
  | 'password-in-process-list'; // sshpass -p: the password shows in `ps`

export interface Warning {
  code: WarningCode;
  /** The node's Host name, when the warning is about one node. */
  host?: string;
}

/** A row that passed validation, normalised. */
export interface ValidHost {
  row: number;
  name: string;
  alias: string | null;
  address: string;
  port: number;
  user: string;
  /** The address is a loopback address (a Vagrant NAT port forward on this machine). */
  forwarded: boolean;
}

export interface GenerateOutput {
  sshConfig: string;
  etcHosts: string;
  shellFunctions: string;
  warnings: Warning[];
  problems: Problem[];
  hosts: ValidHost[];
}

/** The seed page's lab: a Vagrant host forwarding 127.0.0.1 ports to each VM's port 22. */
export const SEED_LAB: readonly HostInput[] = [
  { name: 'm-k8s', alias: 'kmaster', address: '127.0.0.1', port: 60010, user: 'root' },
  { name: 'w1-k8s', alias: 'kworker1', address: '127.0.0.1', port: 60101, user: 'root' },
  { name: 'w2-k8s', alias: 'kworker2', address: '127.0.0.1', port: 60102, user: 'root' },
  { name: 'w3-k8s', alias: 'kworker3', address: '127.0.0.1', port: 60103, user: 'root' },
];

/** The same VMs on the host-only network 192.168.1.0/24, reachable from the Vagrant host itself. */
export const SEED_LAB_HOST_ONLY: readonly HostInput[] = [
  { name: 'm-k8s', alias: 'kmaster', address: '192.168.1.10', port: 22, user: 'root' },
  { name: 'w1-k8s', alias: 'kworker1', address: '192.168.1.101', port: 22, user: 'root' },
  { name: 'w2-k8s', alias: 'kworker2', address: '192.168.1.102', port: 22, user: 'root' },
  { name: 'w3-k8s', alias: 'kworker3', address: '192.168.1.103', port: 22, user: 'root' },
];

/** The seed lab's password (Vagrant boxes' well-known default). */
export const SEED_PASSWORD = 'vagrant';

/** The separate known_hosts file for the lab's throw-away host keys. */
export const LAB_KNOWN_HOSTS = '~/.ssh/known_hosts_kube_lab';

// A Host token: letters, digits, dot, underscore, hyphen. No spaces (a second token), no `#`
// (a comment), no `*`/`?`/`!` (patterns), no quotes. Max 253 like a DNS name.
const HOST_TOKEN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,252}$/;
// A shell function name that bash and zsh both accept and that is also a Host token.
const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
// A login name (POSIX portable characters; `$` for machine accounts is not needed here).
const USER_NAME = /^[A-Za-z_][A-Za-z0-9._-]{0,31}$/;
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
// Any C0 control character or DEL: a newline would start a new config line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && String(Number(p)) === p);
}

export function isIPv6(s: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || !s.includes(':')) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  let count = 0;
  for (const [i, g] of groups.entries()) {
    if (i === groups.length - 1 && g.includes('.')) {
      if (!isIPv4(g)) return false;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) count += 1;
    else return false;
  }
  return halves.length === 2 ? count < 8 : count === 8;
}

export function isHostname(s: string): boolean {
  return s.length <= 253 && s.split('.').every((label) => DNS_LABEL.test(label)) && !/^[\d.]+$/.test(s);
}

/** 127.0.0.0/8, ::1 and localhost: a port forward on this machine, not the VM's own address. */
export function isLoopback(address: string): boolean {
  const a = address.toLowerCase();
  return a === 'localhost' || a === '::1' || (isIPv4(a) && a.startsWith('127.'));
}

/** Single-quotes a string for POSIX shells: `it's` becomes `'it'\''s'`. Nothing inside is expanded. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Quotes an ssh_config argument when it holds a space or `#`; `"` and control characters are rejected earlier. */
function configArg(s: string): string {
  return /[\s#]/.test(s) ? `"${s}"` : s;
}

function parsePort(port: number | string): number | null {
  const s = typeof port === 'number' ? String(port) : port.trim();
  if (!/^\d{1,5}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : null;
}

/** Validates the rows; the first row to use a name or alias keeps it, later ones are `duplicate`. */
export function validate(input: GenerateInput): { hosts: ValidHost[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const hosts: ValidHost[] = [];
  const taken = new Set<string>(); // ssh matches Host names case-insensitively

  input.hosts.forEach((h, row) => {
    const before = problems.length;
    const add = (field: Field, code: ProblemCode) => problems.push({ row, field, code });
    const name = (h.name ?? '').trim();
    const alias = (h.alias ?? '').trim();
    const address = (h.address ?? '').trim();
    const user = (h.user ?? '').trim();

    if (name === '') add('name', 'required');
    else if (!HOST_TOKEN.test(name)) add('name', 'invalid-name');
    else if (taken.has(name.toLowerCase())) add('name', 'duplicate');

    if (alias !== '') {
      if (!FUNCTION_NAME.test(alias)) add('alias', 'invalid-alias');
      else if (taken.has(alias.toLowerCase()) || alias.toLowerCase() === name.toLowerCase()) add('alias', 'duplicate');
    }

    if (address === '') add('address', 'required');
    else if (!(isIPv4(address) || isIPv6(address) || isHostname(address))) add('address', 'invalid-address');

    const portText = typeof h.port === 'number' ? String(h.port) : (h.port ?? '').trim();
    const port = parsePort(h.port ?? '');
    if (portText === '') add('port', 'required');
    else if (port === null) add('port', 'invalid-port');

    if (user === '') add('user', 'required');
    else if (!USER_NAME.test(user)) add('user', 'invalid-user');

    if (problems.length > before || port === null) return;
    taken.add(name.toLowerCase());
    if (alias !== '') taken.add(alias.toLowerCase());
    hosts.push({ row, name, alias: alias || null, address, port, user, forwarded: isLoopback(address) });
  });

  if (CONTROL.test(input.identityFile) || input.identityFile.includes('"')) {
    problems.push({ row: null, field: 'identityFile', code: 'invalid-identity-file' });
  }
  if (input.mode === 'sshpass') {
    const password = input.password ?? '';
    if (CONTROL.test(password)) problems.push({ row: null, field: 'password', code: 'invalid-password' });
    else if (password === '' && (input.passwordSource ?? 'env') === 'arg') {
      problems.push({ row: null, field: 'password', code: 'required' });
    }
  }
  return { hosts, problems };
}

/** Builds the three outputs. Never throws; rows with problems are left out. */
export function generate(input: GenerateInput): GenerateOutput {
  const lang = input.lang ?? 'en';
  const t = (key: Parameters<typeof uiText>[1], vars: Record<string, string | number> = {}) => uiText(lang, key, vars);
  const { hosts, problems } = validate(input);
  const warnings: Warning[] = [];

  const identityOk = !problems.some((p) => p.field === 'identityFile');
  const identity = identityOk ? input.identityFile.trim() : '';

  // ~/.ssh/config
  const config: string[] = [`# ${t('ssh.gen.configHeader')}`];
  if (hosts.some((h) => h.forwarded)) {
    config.push(`# ${t('ssh.gen.knownHosts1')}`, `# ${t('ssh.gen.knownHosts2')}`);
  }
  for (const h of hosts) {
    config.push('', `Host ${h.alias ? `${h.name} ${h.alias}` : h.name}`);
    config.push(`  HostName ${h.address}`, `  Port ${h.port}`, `  User ${h.user}`);
    if (identity !== '') config.push(`  IdentityFile ${configArg(identity)}`, '  IdentitiesOnly yes');
    if (h.forwarded) {
      config.push('  StrictHostKeyChecking accept-new', `  UserKnownHostsFile ${LAB_KNOWN_HOSTS}`);
    }
  }

  // /etc/hosts
  const etc: string[] = [`# ${t('ssh.gen.hostsHeader')}`];
  for (const h of hosts) {
    const names = h.alias ? `${h.name} ${h.alias}` : h.name;
    if (h.forwarded) {
      etc.push(`# ${t('ssh.gen.hostsPort', { name: h.name, address: h.address, port: h.port })}`);
      warnings.push({ code: 'hosts-cannot-carry-port', host: h.name });
    } else if (!(isIPv4(h.address) || isIPv6(h.address))) {
      etc.push(`# ${t('ssh.gen.hostsDns', { name: h.name, address: h.address })}`);
      warnings.push({ code: 'hosts-needs-ip', host: h.name });
    } else {
      etc.push(`${h.address}\t${names}`);
    }
  }

  // Shell functions
  const fns: string[] = [];
  const passwordOk = !problems.some((p) => p.field === 'password');
  const password = input.password ?? '';
  const source: PasswordSource = input.passwordSource ?? 'env';
  if (input.mode === 'key') {
    fns.push(`# ${t('ssh.gen.fnKey')}`);
  } else if (source === 'arg') {
    fns.push(`# ${t('ssh.gen.fnArg')}`);
  } else if (password === '') {
    fns.push(`# ${t('ssh.gen.fnEnvExport')}`, `#   read -rs SSHPASS && export SSHPASS`);
  } else {
    fns.push(`# ${t('ssh.gen.fnEnvInline')}`);
  }
  let wrote = 0;
  for (const h of hosts) {
    const fn = h.alias ?? h.name;
    if (!FUNCTION_NAME.test(fn)) {
      warnings.push({ code: 'no-function-name', host: h.name });
      continue;
    }
    if (input.mode === 'key') {
      fns.push(`${fn}() { ssh ${h.name} "$@"; }`);
      wrote++;
      continue;
    }
    if (!passwordOk) continue;
    const target = `${h.user}@${h.address}`;
    const ssh = `ssh -o StrictHostKeyChecking=accept-new -p ${h.port} ${target} "$@"`;
    if (source === 'arg') fns.push(`${fn}() { sshpass -p ${shellQuote(password)} ${ssh}; }`);
    else if (password === '') fns.push(`${fn}() { sshpass -e ${ssh}; }`);
    else fns.push(`${fn}() { SSHPASS=${shellQuote(password)} sshpass -e ${ssh}; }`);
    wrote++;
  }
  if (input.mode === 'sshpass' && passwordOk && wrote > 0) {
    if (password !== '') warnings.push({ code: 'password-in-dotfile' });
    if (source === 'arg') warnings.push({ code: 'password-in-process-list' });
  }

  return {
    sshConfig: config.join('\n') + '\n',
    etcHosts: etc.join('\n') + '\n',
    shellFunctions: fns.join('\n') + '\n',
    warnings,
    problems,
    hosts,
  };
}
