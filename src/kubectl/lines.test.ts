import { describe, expect, test } from 'vitest';
import { explain } from './explain.ts';
import { classifyLine, countLines, forbiddenVars, quotedInProse, gluedPromptAt, HAS_AGENT_MARKS, HAS_BARE_PIPE_TABLE, HAS_EMPHASIS, HAS_LINK, HAS_PREFIXED_HEADER, HAS_UNCLEAN, withoutAgentMarks, isAlias, kubePs1Namespace, normalizeLineText, pasteMarkup, isHeaderLine, looksBinary, messageId, normalizeLine, unavailableApi, normalizeLineIndent, parseCommand, splitLines, tokens, podNamedType } from './lines.ts';

describe('splitLines', () => {
  test.each([
    { name: 'LF', input: 'a\nb', expected: ['a', 'b'] },
    { name: 'CRLF', input: 'a\r\nb\r\n', expected: ['a', 'b'] },
    { name: 'lone CR', input: 'a\rb', expected: ['a', 'b'] },
    { name: 'final newline adds no line', input: 'a\n', expected: ['a'] },
    { name: 'blank lines kept', input: 'a\n\nb', expected: ['a', '', 'b'] },
    { name: 'empty', input: '', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(splitLines(input)).toEqual(expected);
    expect(countLines(input.replace(/\r\n?/g, '\n'))).toBe(expected.length);
  });
});

describe('normalizeLine', () => {
  test.each([
    { name: 'a tab spaces to the next tab stop, as the terminal showed it', input: 'NAME\tREADY', expected: 'NAME    READY' },
    { name: "a page's tab between a row's cells lands on the header's column (hunt ad/24)", input: 'kube-system   etcd-minikube                           1/1\tRunning   0', expected: 'kube-system   etcd-minikube                           1/1       Running   0' },
    { name: 'non-breaking spaces', input: 'a\u00a0\u00a0b', expected: 'a  b' },
    { name: 'trailing spaces', input: 'a   ', expected: 'a' },
    { name: 'indent', input: '        NAME', expected: 'NAME' },
    { name: 'blockquote', input: '> NAME', expected: 'NAME' },
    { name: 'nested blockquote', input: '> > NAME', expected: 'NAME' },
    { name: 'list marker', input: '- NAME', expected: 'NAME' },
    { name: 'star marker', input: '* kube-system', expected: 'kube-system' },
    { name: 'bold start', input: '**kube-system   x', expected: 'kube-system   x' },
    { name: 'a diff\'s removed header', input: '-NAME                                        READY     STATUS', expected: 'NAME                                        READY     STATUS' },
    { name: 'a diff\'s removed prompt', input: '-$ kubectl get pods --namespace kube-system', expected: '$ kubectl get pods --namespace kube-system' },
    { name: 'a flag line keeps its dash', input: '-n kube-system -o wide', expected: '-n kube-system -o wide' },
    { name: 'a rule keeps its dashes', input: '----', expected: '----' },
    { name: 'bold around a cell ending in a parenthesis', input: 'web-0   0/1   **319 (96s ago)**   27h', expected: 'web-0   0/1   319 (96s ago)   27h' },
    { name: 'bold around a mark and a name', input: 'shop   **❌ web-0**   0/1', expected: 'shop   ❌ web-0   0/1' },
    { name: 'table pipes at the end', input: 'NAME READY | |', expected: 'NAME READY' },
    { name: 'table pipe at the start', input: '| kubectl get po', expected: 'kubectl get po' },
    { name: "a pipe table's header behind a quote mark (ee/23)", input: '>|NAME|READY|STATUS|RESTARTS|AGE|', expected: 'NAME READY STATUS RESTARTS AGE' },
    { name: 'a quoted pipe row, spaced', input: '> | web-0 | 1/1 | Running | 0 | 5m |', expected: 'web-0   1/1   Running   0   5m' },
    { name: "kubectl's <none> with a space typed in against Markdown (ee/25)", input: '|nginx|1/1|Running|0|2m28s|10.244.1.3|node01|< none>|< none>|', expected: 'nginx 1/1 Running 0 2m28s 10.244.1.3 node01 <none> <none>' },
    { name: 'NUL dropped', input: 'a\u0000b', expected: 'ab' },
    { name: 'ideographic space', input: 'a\u3000b', expected: 'a b' },
    { name: 'terminal colours dropped whole', input: 'web-0   \u001b[32m1/1\u001b[0m     Running', expected: 'web-0   1/1     Running' },
    { name: 'bold inside a row', input: 'kube-system   **antrea-agent-75vkf**   1/2', expected: 'kube-system   antrea-agent-75vkf   1/2' },
    { name: 'bold splitting a flag', input: '$ kubectl get pods --all-namespac**es', expected: '$ kubectl get pods --all-namespaces' },
    { name: 'whole line in double quotes', input: '"calico-node-j5qp2   0/1   CrashLoopBackOff"', expected: 'calico-node-j5qp2   0/1   CrashLoopBackOff' },
    { name: 'whole line in backticks', input: '`web-0 1/1 Running 0 5d`', expected: 'web-0 1/1 Running 0 5d' },
    { name: 'quotes inside stay', input: '"a" and "b"', expected: '"a" and "b"' },
    { name: 'an opening quote glued to the first row of a quoted block', input: '"voting-app-1-0-956756fd-dpsbl   0/2   Pending   0   29m', expected: 'voting-app-1-0-956756fd-dpsbl   0/2   Pending   0   29m' },
    { name: 'a closing quote glued to the last AGE', input: 'voting-app-1-0-956756fd-dpsbl   0/2   Pending   0   29m"', expected: 'voting-app-1-0-956756fd-dpsbl   0/2   Pending   0   29m' },
    { name: 'an opening backtick glued to the first row of a quoted block', input: '`auth   dex-8579644bbb-hqf2c   1/1   Running   0   17m', expected: 'auth   dex-8579644bbb-hqf2c   1/1   Running   0   17m' },
    { name: 'a closing backtick glued to the last AGE', input: 'istiod-586fcd6677-sbcjx   1/1   Running   0   17m`', expected: 'istiod-586fcd6677-sbcjx   1/1   Running   0   17m' },
    { name: 'a backtick in prose stays', input: '`kubectl get pods` shows', expected: '`kubectl get pods` shows' },
    { name: 'a row in inline code ending a sentence (kubernetes/autoscaler#4202)', input: '`cluster-autoscaler-xxx-xxx   0/1     CrashLoopBackOff   7          11m`.', expected: 'cluster-autoscaler-xxx-xxx   0/1     CrashLoopBackOff   7          11m' },
    { name: 'a row in inline code before a comma', input: '`web-0   1/1   Running   0   5d`,', expected: 'web-0   1/1   Running   0   5d' },
    { name: 'a command in inline code ending a sentence stays', input: '`kubectl get pods -A`.', expected: '`kubectl get pods -A`.' },
    { name: 'a closing quote after <none>', input: 'web-0   1/1   Running   0   5d   <none>"', expected: 'web-0   1/1   Running   0   5d   <none>' },
    { name: 'a quote opening prose stays', input: '"Why is it Pending?', expected: '"Why is it Pending?' },
    { name: 'Markdown escapes taken off', input: 'kube-system   calico-node-6pjnv   1/1   k8s-w1   <none\\>           <none\\>', expected: 'kube-system   calico-node-6pjnv   1/1   k8s-w1   <none>           <none>' },
    { name: 'an escaped prompt', input: 'root@k8s\\-m:~\\# kubectl get pods', expected: 'root@k8s-m:~# kubectl get pods' },
    { name: "a Windows drive's backslash stays", input: 'PS C:\\> kubectl get pods', expected: 'PS C:\\> kubectl get pods' },
    { name: 'bold italic around a cell', input: 'producer-685fcbc569-bgv8c   0/1     _**ErrImageNeverPull**_   0          10s', expected: 'producer-685fcbc569-bgv8c   0/1     ErrImageNeverPull   0          10s' },
    { name: 'italic bold around a cell, the underscores inside (hunt cl/21)', input: '> kube-system   kube-dns-6f4fd4bdf-pkpbf                           0/3       **_ContainerCreating_**   0          5h', expected: 'kube-system   kube-dns-6f4fd4bdf-pkpbf                           0/3       ContainerCreating   0          5h' },
    { name: 'underscores without stars stay', input: 'app=my_app   _x_', expected: 'app=my_app   _x_' },
    { name: 'Markdown table row', input: '| NAME | READY | STATUS |', expected: 'NAME   READY   STATUS' },
    { name: "k9s box sides become spaces", input: '│ kube-system   coredns-5d78c9869d-6cfbg   ●  1/1 │', expected: 'kube-system   coredns-5d78c9869d-6cfbg   ●  1/1' },
    { name: "k9s sort arrow after a column name", input: '│ NAMESPACE↑   NAME   READY │', expected: 'NAMESPACE    NAME   READY' },
    { name: 'an arrow not after a column name stays', input: 'web-0 ↑ up', expected: 'web-0 ↑ up' },
    { name: "a GitHub Actions log's timestamp", input: '2024-03-05T10:21:33.5234567Z kube-system   coredns-5d78c9869d-6cfbg   1/1', expected: 'kube-system   coredns-5d78c9869d-6cfbg   1/1' },
    { name: "a Jenkins log's bracketed timestamp", input: '[2024-03-05T10:21:33.523Z] NAME   READY', expected: 'NAME   READY' },
    { name: "ts's bracketed date and time", input: '[2025-06-16 19:02:58] virt-launcher-rhel-hc2ds   1/1', expected: 'virt-launcher-rhel-hc2ds   1/1' },
    { name: "ts's stamp alone on a line", input: '[2025-06-16 19:00:01]', expected: '' },
    { name: 'a date in prose stays', input: '2024-03-05 was the day', expected: '2024-03-05 was the day' },
    { name: "a line of Ansible's stdout_lines", input: '        "web-0   1/1   Running   0   5d",', expected: 'web-0   1/1   Running   0   5d' },
    { name: 'a line a diff added', input: '+alertmanager-main-0   3/3   Running   0   34m', expected: 'alertmanager-main-0   3/3   Running   0   34m' },
    { name: "a diff's added header", input: '+NAME   READY', expected: 'NAME   READY' },
    { name: "a diff that adds a doc's commented header (y/29)", input: '+# NAME                READY   STATUS', expected: '# NAME                READY   STATUS' },
    { name: "a diff that adds a doc's commented row", input: '+# test-cluster-0-head-vst5j   1/1     Running', expected: '# test-cluster-0-head-vst5j   1/1     Running' },
    { name: "a diff that removes a doc's commented row", input: '-# test-cluster-0-head-vst5j   1/1     Running', expected: '# test-cluster-0-head-vst5j   1/1     Running' },
    { name: 'a removed shell comment without column padding keeps its dash', input: '-# restart it', expected: '-# restart it' },
    { name: 'a plus glued to a directive is no diff comment', input: '+#include <stdio.h>', expected: '+#include <stdio.h>' },
    { name: 'a plus and a space is a list marker', input: '+ kube-system', expected: 'kube-system' },
    { name: 'a diff that adds a row as one-line code (hunt az/02)', input: '+```vpa-admission-controller-69645795dc-sm88s            1/1       Running   0          1m```', expected: 'vpa-admission-controller-69645795dc-sm88s            1/1       Running   0          1m' },
    { name: 'a diff that adds a command as one-line code', input: '+```$ kubectl logs -n kube-system vpa-admission-controller-69645795dc-sm88s```', expected: '```$ kubectl logs -n kube-system vpa-admission-controller-69645795dc-sm88s' },
    { name: 'a diff that adds a fence with its language', input: '+```bash', expected: '```bash' },
    { name: 'a plus before one backtick stays', input: '+`x`', expected: '+`x`' },
    { name: 'HTML entities', input: 'web-0   &lt;none&gt;   a&amp;b', expected: 'web-0   <none>   a&b' },
    { name: 'a run of stars masking part of a name is no bold', input: 'vault-0   10.***.*.***   aks-***************-*-vmss*******   <none>', expected: 'vault-0   10.***.*.***   aks-***************-*-vmss*******   <none>' },
    { name: 'bold around a word still goes', input: 'web-0   **CrashLoopBackOff**   5', expected: 'web-0   CrashLoopBackOff   5' },
    { name: "an MkDocs page's CriticMarkup highlight around a status (dm/20)", input: '    pod/trino-worker-777d595c66-dml67        1/1     {==Running==}   0          5m38s', expected: 'pod/trino-worker-777d595c66-dml67        1/1     Running   0          5m38s' },
    { name: 'a highlight inside a cell goes, its text stays', input: 'service/trino   ClusterIP   10.99.208.168   <none>   8080/TCP,{==8443/TCP==}   5m38s', expected: 'service/trino   ClusterIP   10.99.208.168   <none>   8080/TCP,8443/TCP   5m38s' },
    { name: 'braces that are no highlight stay', input: "web-0   1/1   Running   0   5d   {app=web}", expected: 'web-0   1/1   Running   0   5d   {app=web}' },
    { name: 'fence opening on the header line', input: '```  NAMESPACE   NAME', expected: 'NAMESPACE   NAME' },
    { name: 'a fence with a language stays', input: '```bash', expected: '```bash' },
    { name: "k9s's mark of a cut cell inside its box", input: '│ web-0   10.52.2.16  gke-default-cluster-default… │', expected: 'web-0   10.52.2.16  gke-default-cluster-default' },
    { name: 'a stray backtick before a header', input: '`NAMESPACE     NAME     READY', expected: 'NAMESPACE     NAME     READY' },
    { name: 'fence opening glued to the first row', input: '```alertmanager-deployment-b9c99d4-w67hv   2/2   Running   0   10d', expected: 'alertmanager-deployment-b9c99d4-w67hv   2/2   Running   0   10d' },
    { name: 'a fence with a title stays', input: '```bash title="kubectl get pods"', expected: '```bash title="kubectl get pods"' },
    { name: 'fence closing on the row line', input: 'web-0   1/1   5d```', expected: 'web-0   1/1   5d' },
    { name: 'ordered list marker', input: '3. $ kubectl get pods', expected: '$ kubectl get pods' },
    { name: 'a step number glued to helm (hunt au/15)', input: '1.helm install nginx-ingress-controller', expected: 'helm install nginx-ingress-controller' },
    { name: 'a step number glued to kubectl (hunt ao/08)', input: '2.kubectl apply -f istio-auth.yaml', expected: 'kubectl apply -f istio-auth.yaml' },
    { name: 'digits and a dot before another word stay', input: '1.5 pods', expected: '1.5 pods' },
    { name: 'inline HTML tags', input: '<span>kubectl get pods -o wide</span>', expected: 'kubectl get pods -o wide' },
    { name: "kubectl's <none> is no tag", input: '</span>web-0   <none>   <invalid>', expected: 'web-0   <none>   <invalid>' },
    { name: "an AsciiDoc callout after a diff's header", input: '+NAME                           READY   STATUS    RESTARTS   AGE # <1>', expected: 'NAME                           READY   STATUS    RESTARTS   AGE' },
    { name: "tmux copy mode's position after a header copied from the pane's top line (eb/07)", input: 'NAME   READY   STATUS     RESTARTS   AGE          [3/1683]', expected: 'NAME   READY   STATUS     RESTARTS   AGE' },
    { name: "a position in brackets after a row stays: only a header's is tmux's", input: 'web-0   1/1   Running   0   5d   [3/1683]', expected: 'web-0   1/1   Running   0   5d   [3/1683]' },
    { name: 'a fraction in brackets glued to the header stays', input: 'NAME   READY   AGE[3/1683]', expected: 'NAME   READY   AGE[3/1683]' },
    { name: 'a callout after a row', input: 'logging-loki-ruler-1   0/1   Pending   0   16m # <2>', expected: 'logging-loki-ruler-1   0/1   Pending   0   16m' },
    { name: 'a callout without its #', input: 'web-0   1/1   Running   0   5d  <12>', expected: 'web-0   1/1   Running   0   5d' },
    { name: "a row's last <none> is no callout", input: 'web-0   1/1   Running   0   5d   <none>', expected: 'web-0   1/1   Running   0   5d   <none>' },
    { name: 'a number in brackets glued to a word is no callout', input: 'web-0   1/1   Running   0   x<1>', expected: 'web-0   1/1   Running   0   x<1>' },
    { name: "a task list's open checkbox", input: '- [ ] web-0   0/1   Unknown   5   26m', expected: 'web-0   0/1   Unknown   5   26m' },
    { name: "a task list's ticked checkbox", input: '- [x] web-0   1/1   Running   0   26m', expected: 'web-0   1/1   Running   0   26m' },
    { name: "a task list's capital X, after a star", input: '* [X] web-0   1/1   Running   0   26m', expected: 'web-0   1/1   Running   0   26m' },
    { name: 'brackets with another letter are no checkbox', input: '- [y] web-0', expected: '[y] web-0' },
    { name: 'a checkbox without a list marker stays', input: '[ ] web-0   1/1', expected: '[ ] web-0   1/1' },
    { name: 'an arrow typed before the row a note is about (hunt by/22)', input: '    --> secure-pod   1/1     Running   0   78s', expected: 'secure-pod   1/1     Running   0   78s' },
    { name: 'a double arrow before a row', input: '=> web-0   1/1   Running   0   5d', expected: 'web-0   1/1   Running   0   5d' },
    { name: "an arrow before a tool's message stays", input: '==> default: Machine booted and ready!', expected: '==> default: Machine booted and ready!' },
    { name: 'an arrow before a capital stays', input: '--> Running   0   5d', expected: '--> Running   0   5d' },
    { name: "a left-to-right mark a right-to-left page put before its code line (do/10's kind)", input: '\u200eweb-0   1/1   Running   0   5d', expected: 'web-0   1/1   Running   0   5d' },
    { name: 'a right-to-left mark after a header', input: 'NAME    READY   STATUS\u200f', expected: 'NAME    READY   STATUS' },
    { name: 'an embedding and its pop around a prompt', input: '\u202b$ kubectl get pods\u202c', expected: '$ kubectl get pods' },
    { name: 'an isolate and its pop around a row', input: '\u2066web-0   1/1   Running\u2069', expected: 'web-0   1/1   Running' },
    { name: 'an Arabic letter mark', input: '\u061cweb-0   1/1', expected: 'web-0   1/1' },
  ])('$name', ({ input, expected }) => expect(normalizeLine(input)).toBe(expected));

  test('the indent counts an arrow before a row, which stood where the indent did', () => {
    expect(normalizeLineIndent('    --> secure-pod   1/1')).toEqual({ text: 'secure-pod   1/1', indent: 8 });
  });

  test('the indent counts what was cut', () => {
    expect(normalizeLineIndent('  > NAME')).toEqual({ text: 'NAME', indent: 4 });
  });
  test("the indent counts a task list's checkbox", () => {
    expect(normalizeLineIndent('- [ ] web-0   1/1')).toEqual({ text: 'web-0   1/1', indent: 6 });
  });
});

describe('tokens', () => {
  test.each([
    { name: 'runs of spaces', input: ' a  b c ', expected: ['a', 'b', 'c'] },
    { name: 'nothing', input: '   ', expected: [] },
  ])('$name', ({ input, expected }) => expect(tokens(input)).toEqual(expected));
});

describe('pasteMarkup: lines are checked for unclean characters only when the paste holds one', () => {
  test.each([
    { name: 'printable ASCII and line breaks', text: 'NAME   READY\r\nweb-0   1/1\n', unclean: false },
    { name: 'a tab', text: 'NAME\tREADY\nweb-0\t1/1', unclean: true },
    { name: 'a non-breaking space on the last line', text: 'NAME   READY\nweb-0\u00a0  1/1', unclean: true },
    { name: 'Korean prose', text: '파드 목록\nNAME   READY', unclean: true },
    { name: 'a backslash (Markdown escapes to take off)', text: 'web-0   <none\\>', unclean: true },
  ])('$name', ({ text, unclean }) => expect((pasteMarkup(text) & HAS_UNCLEAN) !== 0).toBe(unclean));
  test.each([
    { name: "a tool's tag before a header (odo's [oc], hunt bl/31)", text: '[oc] NAME   READY   STATUS\n[oc] web-0   1/1   Running', prefixed: true },
    { name: 'a prefix and a colon before a header', text: '    node1: NAME   READY\n    node1: web-0   1/1', prefixed: true },
    { name: 'a plain table', text: 'NAME   READY   STATUS\nweb-0   1/1   Running', prefixed: false },
  ])('$name', ({ text, prefixed }) => expect((pasteMarkup(text) & HAS_PREFIXED_HEADER) !== 0).toBe(prefixed));
  const BARE = 'NAME | READY | STATUS | RESTARTS | AGE\n-- | -- | -- | -- | --\nweb-0 | 1/1 | Running | 0 | 5m';
  test.each([
    { name: 'a pod header in bare pipes over a separator', text: BARE, bare: true },
    { name: 'with NAMESPACE first and aligned separators', text: 'NAMESPACE | NAME | READY | STATUS\n--- | --- | --- | ---\nx | web-0 | 1/1 | Running', bare: true },
    { name: 'in a quote', text: '> NAME | READY | STATUS\n> :-- | --:\n> web-0 | 1/1 | Running', bare: true },
    { name: 'a header in bare pipes without a separator', text: 'NAME | READY | STATUS | RESTARTS | AGE\nweb-0 | 1/1 | Running | 0 | 5m', bare: false },
    { name: 'a command piping twice', text: '$ kubectl get pods | grep NAME | sort\n-- | --', bare: false },
    { name: 'a table with outer pipes', text: '| NAME | READY |\n|--|--|', bare: false },
  ])('bare pipe table: $name', ({ text, bare }) => expect((pasteMarkup(text) & HAS_BARE_PIPE_TABLE) !== 0).toBe(bare));
  test.each([
    { name: 'a row, its pipes as spaces', line: 'web-0 | 1/1 | Running | 0 | 5m', expected: 'web-0   1/1   Running   0   5m' },
    { name: 'an empty cell', line: 'web-0 | 1/1 |  | 0', expected: 'web-0   1/1      0' },
    { name: 'a command with two pipes stays', line: '$ kubectl get pods | grep web | sort', expected: '$ kubectl get pods | grep web | sort' },
    { name: 'unspaced pipes stay', line: 'a|b|c|d', expected: 'a|b|c|d' },
  ])('a bare pipe row under the flag: $name', ({ line, expected }) => expect(normalizeLineText(line, pasteMarkup(BARE))).toBe(expected));
  test('a bare pipe row is left alone without the flag', () => {
    expect(normalizeLineText('web-0 | 1/1 | Running | 0 | 5m')).toBe('web-0 | 1/1 | Running | 0 | 5m');
  });
  test('a line is cleaned under the flag, and left alone without it', () => {
    expect(normalizeLineText('web-0\u00a0  1/1', pasteMarkup('web-0\u00a0  1/1'))).toBe('web-0   1/1');
    expect(normalizeLineText('web-0   1/1', pasteMarkup('web-0   1/1'))).toBe('web-0   1/1');
  });
});

describe("AI agents' transcripts (hunt bn): marks no terminal printed", () => {
  test.each([
    { name: 'a Claude Code call: its command', line: '⏺ Bash(kubectl get pods -n x)', expected: '$ kubectl get pods -n x' },
    { name: 'an older or light-theme call mark', line: '● Bash(kubectl get pods -n espocrm)', expected: '$ kubectl get pods -n espocrm' },
    { name: "the command's own parentheses stay, the call's goes", line: '⏺ Bash(kubectl get pods -A | grep -E "(a|b)")', expected: '$ kubectl get pods -A | grep -E "(a|b)"' },
    { name: 'a call continued on the next line keeps its backslash', line: '⏺ Bash(kubectl get pods -n kube-system \\', expected: '$ kubectl get pods -n kube-system \\' },
    { name: "a screen's rule glued after the call", line: '⏺ Bash(kubectl get pods -n logging 2>&1)────────', expected: '$ kubectl get pods -n logging 2>&1' },
    { name: "a screen's rule, then the padding of the terminal's width", line: '⏺ Bash(kubectl get pods -n x)────   ', expected: '$ kubectl get pods -n x' },
    { name: 'an empty line', line: '', expected: '' },
    { name: 'a fence glued before the call stays', line: '```⏺ Bash(kubectl get pods -n cert-manager)', expected: '```$ kubectl get pods -n cert-manager' },
    { name: 'the continuation line of a call cut short', line: "        -o custom-columns='NAME:.metadata.name' \\…)   ", expected: "        -o custom-columns='NAME:.metadata.name'" },
    { name: '⎿ indented: a space, so the lines under it stay aligned', line: '  ⎿  NAME   READY', expected: '     NAME   READY' },
    { name: '⎿ at the margin: it and its spaces go', line: '⎿  NAME   READY', expected: 'NAME   READY' },
    { name: "Codex CLI's └", line: '  └ NAME   READY', expected: '    NAME   READY' },
    { name: 'a tree branch stays', line: '  └── web-0', expected: '  └── web-0' },
    { name: 'an agent saying something stays', line: '⏺ The pod is Pending.', expected: '⏺ The pod is Pending.' },
  ])('$name', ({ line, expected }) => expect(withoutAgentMarks(line)).toBe(expected));
  test('a long run of box drawing not at the end is read once, not retried from each of its characters', () => {
    // 60k `─` then a character: /\u2500+$/ took 4 s on it. The answer, not the time, is asserted; it comes back at once.
    expect(withoutAgentMarks(`⏺ Bash(kubectl get pods${'─'.repeat(60_000)}x)`)).toBe(`$ kubectl get pods${'─'.repeat(60_000)}x`);
  });
  test.each([
    { name: 'Claude Code output', text: '⏺ Bash(kubectl get pods)\n  ⎿  NAME   READY', marked: true },
    { name: 'Codex CLI output', text: '• Ran kubectl get pods\n  └ NAME   READY', marked: true },
    { name: 'a plain table', text: 'NAME   READY\nweb-0   1/1', marked: false },
    { name: 'a tree', text: 'app\n└─ web-0', marked: false },
  ])('pasteMarkup: $name', ({ text, marked }) => expect((pasteMarkup(text) & HAS_AGENT_MARKS) !== 0).toBe(marked));
  test.each([
    { name: "an agent log's emoji before the header, its rows at the margin (hunt cb/14)", line: '      \u{1f4c4} NAME   READY   STATUS', expected: 'NAME   READY   STATUS' },
    { name: 'a symbol before a namespaced header', line: '\u2705 NAMESPACE   NAME   READY', expected: 'NAMESPACE   NAME   READY' },
    { name: 'an emoji before prose stays', line: '  \u{1f4c4} NAME of the pod', expected: '\u{1f4c4} NAME of the pod' },
    { name: 'an emoji before a row stays', line: '\u{1f4c4} web-0   1/1   Running', expected: '\u{1f4c4} web-0   1/1   Running' },
  ])('$name', ({ line, expected }) => expect(normalizeLineText(line)).toBe(expected));
  test('the marks are taken off only under the flag', () => {
    expect(normalizeLineText('  ⎿  web-0   1/1', pasteMarkup('⎿'))).toBe('web-0   1/1');
    expect(normalizeLineText('  ⎿  web-0   1/1', pasteMarkup('x\u00a0'))).toBe('⎿  web-0   1/1');
  });
  test.each([
    { name: 'a Claude Code call', line: '⏺ Bash(kubectl get pods -n x)', ns: 'x' },
    { name: 'a Codex CLI run', line: '• Ran kubectl get pods -n cloudforet-plugin', ns: 'cloudforet-plugin' },
  ])('a command: $name', ({ line, ns }) => {
    const c = classifyLine(normalizeLineText(line, pasteMarkup(line)));
    expect(c.type === 'prompt' ? c.command?.namespace : 'not a prompt').toBe(ns);
  });
});

describe('Markdown italics around a cell (hunt bp/10)', () => {
  test.each([
    { name: 'underscores around a status', text: 'web-0   0/1     _Pending_            0', expected: 'web-0   0/1     Pending            0' },
    { name: 'stars around a status', text: 'web-0   0/1     *CrashLoopBackOff*   5', expected: 'web-0   0/1     CrashLoopBackOff   5' },
    { name: 'an init status', text: 'web-0   0/1     _Init:0/1_   0', expected: 'web-0   0/1     Init:0/1   0' },
    { name: 'a lower-case word stays', text: 'set _foo_ here', expected: 'set _foo_ here' },
  ])('$name', ({ text, expected }) => {
    expect((pasteMarkup(text) & HAS_EMPHASIS) !== 0).toBe(text !== 'set _foo_ here');
    expect(normalizeLineText(text, pasteMarkup(text))).toBe(expected);
  });
});

describe('a row\'s last cell put in inline code by hand (ff/12)', () => {
  test.each([
    { name: 'an age in backticks', text: 'default-host-5kbs7       2/3     Running                 1 (2m47s ago)   `7m47s`', expected: 'default-host-5kbs7       2/3     Running                 1 (2m47s ago)   7m47s' },
    { name: 'a node in backticks', text: 'web-0   1/1   Running   0   5m   10.0.0.1   `node-1`', expected: 'web-0   1/1   Running   0   5m   10.0.0.1   node-1' },
    { name: 'a sentence quoting a command stays', text: 'then run `kubectl get pods`', expected: 'then run `kubectl get pods`' },
    { name: 'a value after one space stays', text: 'the age was `7m47s`', expected: 'the age was `7m47s`' },
    { name: 'two spans stay', text: '`web-0`   1/1   `5m`', expected: '`web-0`   1/1   `5m`' },
  ])('$name', ({ text, expected }) => expect(normalizeLineText(text, pasteMarkup(text))).toBe(expected));
});

describe("a Markdown link an issue tracker's autolinker made of a word (hunt cy/21)", () => {
  test.each([
    { name: 'inside a pod name: the link undone', text: 'default   registry-[console-3](https://issues.redhat.com/browse/console-3)-x9psp   1/1   Running', expected: 'default   registry-console-3-x9psp   1/1   Running' },
    { name: 'a whole cell', text: 'web-[ABC-12](http://jira.example.com/browse/ABC-12)   1/1', expected: 'web-ABC-12   1/1' },
    { name: 'brackets with no link stay', text: '[web-0]   1/1   Running', expected: '[web-0]   1/1   Running' },
    { name: 'a link to no web page stays', text: '[web-0](#web-0)   1/1', expected: '[web-0](#web-0)   1/1' },
  ])('$name', ({ text, expected }) => {
    expect((pasteMarkup(text) & HAS_LINK) !== 0).toBe(text.indexOf('](http') >= 0);
    expect(normalizeLineText(text, pasteMarkup(text))).toBe(expected);
  });
  test('the row reads the name the page showed, and its owner from it (an OpenShift 3 DeploymentConfig under oc, like the row above)', () => {
    const m = explain(['[root@master ~]# oc get pods --all-namespaces', 'NAMESPACE               NAME                                           READY     STATUS              RESTARTS   AGE', 'default                 docker-registry-1-n2ql6                        1/1       Running             7          17h', 'default                 registry-[console-3](https://issues.redhat.com/browse/console-3)-x9psp                       1/1       Running             0          32m'].join('\n'));
    expect(m.rows.map((r) => [r.name, r.workload?.kind, r.workload?.name])).toEqual([['docker-registry-1-n2ql6', 'DeploymentConfig', 'docker-registry'], ['registry-console-3-x9psp', 'DeploymentConfig', 'registry-console']]);
    expect(m.problems).toEqual([]);
  });
});

describe('classifyLine: fences', () => {
  test.each([
    { name: 'a bare fence', input: '```', type: 'fence' },
    { name: 'a fence with a language', input: '```bash', type: 'fence' },
    { name: 'a fence and words without kubectl', input: '```text and more words', type: 'fence' },
    { name: 'a fence glued to a prompt', input: '```$ kubectl get pods', type: 'prompt' },
    { name: 'a fence titled with the command', input: '```bash :no-line-numbers title="🖥️ kubectl get pods -n kube-system -o wide | grep kube-vip"', type: 'prompt' },
    { name: 'a fence titled with words', input: '```bash title="Run kubectl later"', type: 'fence' },
    { name: 'an indented fence (a list item\'s block)', input: normalizeLine('    ```'), type: 'fence' },
    { name: 'a tab-indented fence', input: normalizeLine('\t```'), type: 'fence' },
    { name: 'a closing fence with a trailing space is no blank line (cm/07)', input: normalizeLine('``` '), type: 'fence' },
    { name: "Hugo's shortcode opening a block", input: '{{< text shell >}}', type: 'fence' },
    { name: "Hugo's shortcode closing it", input: '{{< /text >}}', type: 'fence' },
    { name: "Hugo's markdown shortcode", input: '{{% /tab %}}', type: 'fence' },
    { name: "Jekyll's highlight tag", input: '{% endhighlight %}', type: 'fence' },
    { name: 'a template placeholder inside a line is no fence', input: '{{ .Values.namespace }} web-0 1/1 Running', type: 'text' },
  ])('$name', ({ input, type }) => expect(classifyLine(input).type).toBe(type));
  test("a custom-columns table ends at Hugo's closing shortcode", () => {
    const r = explain('$ kubectl get pod -o custom-columns=NAME:.metadata.name,INIT:.spec.initContainers[*].name\nNAME                     INIT\nsleep-7656cf8794-8fhdk   istio-init,istio-proxy\n{{< /text >}}');
    expect(r.rows.map((x) => x.name)).toEqual(['sleep-7656cf8794-8fhdk']);
    expect(r.lines.map((l) => l.kind)).toEqual(['prompt', 'header', 'row', 'noise']);
  });
});

describe('classifyLine: prompts', () => {
  const prompts = [
    { name: 'dollar', input: '$ kubectl get pods', tool: 'kubectl' },
    { name: 'a renamed kubectl by its path (hunt ca/05)', input: 'root@webapp-deployment-9546bc7cb-6r7sq:/tmp# ./kbctl get pods -n dev', tool: './kbctl', ns: 'dev' },
    { name: 'a renamed kubectl at the margin (hunt ca/08)', input: './akubectl get pods -n dev', tool: './akubectl', ns: 'dev' },
    { name: 'a renamed kubectl in /tmp (hunt ca/11)', input: 'root@webapp-deployment-5d764566f4-mbprj:/# /tmp/kkubectl get pods -n dev', tool: '/tmp/kkubectl', ns: 'dev' },
    { name: 'a renamed kubectl asking auth can-i (hunt ca/11)', input: 'root@webapp:/# /tmp/akubectl auth can-i list pods -n dev', tool: '/tmp/akubectl', ns: 'dev' },
    { name: 'hash', input: '# kubectl get pods -A', tool: 'kubectl' },
    { name: 'user@host', input: 'root@m-k8s:~# kubectl get pods', tool: 'kubectl' },
    { name: 'bracketed user@host', input: '[root@m-k8s ~]# k get po', tool: 'k' },
    { name: 'PowerShell', input: 'PS C:\\> kubectl get pods', tool: 'kubectl' },
    { name: 'oh-my-zsh arrow', input: '➜  dir git:(main) kubectl get pods', tool: 'kubectl' },
    { name: 'full-width hash', input: '＃ kubectl get pods', tool: 'kubectl' },
    { name: 'greater-than', input: '> kubectl get pods', tool: 'kubectl' },
    { name: 'kc alias', input: '$ kc get pods', tool: 'kc' },
    { name: 'kubectl.exe', input: 'C:\\Users\\me> kubectl.exe get pods', tool: 'kubectl.exe' },
    { name: 'microk8s', input: '$ microk8s kubectl get pods -A', tool: 'microk8s kubectl' },
    { name: 'minikube', input: '$ minikube kubectl -- get pods -A', tool: 'minikube kubectl' },
    { name: 'oc', input: '$ oc get pods', tool: 'oc' },
    { name: 'bare command', input: 'kubectl get pods', tool: 'kubectl' },
    { name: 'kubectl that lost its first letter in the copy (hunt ci/25)', input: 'ubectl get all -n redis', tool: 'ubectl', ns: 'redis' },
    { name: 'sudo', input: '$ sudo kubectl get pods', tool: 'kubectl' },
    { name: 'prompt glued to the tool', input: '$kubectl get pod -n kube-system -owide', tool: 'kubectl', ns: 'kube-system' },
    { name: "a user@host prompt that lost its '# ', its home glued to the tool (hunt ch/19)", input: normalizeLine('^Croot@eck-lab:~kubectl -n elastic get pods -l kibana.k8s.elastic.co/name=lab-kb -w-w'), tool: 'kubectl', ns: 'elastic' },
    { name: 'cmd.exe prompt', input: 'C:\\Users\\dev>kubectl get pods -n payments', tool: 'kubectl', ns: 'payments' },
    { name: 'watch program header', input: 'Every 2.0s: kubectl get pods -n kube-system -o wide          m-k8s: Tue Nov 25 10:00:00 2025', tool: 'kubectl', ns: 'kube-system' },
    { name: 'a watch header whose gap before the host was collapsed to one space (ee/03)', input: 'Every 1.0s: kubectl get pods,svc,deployment -n staging-environment 192.168.2.18: Sun Dec 15 11:56:30 2024', tool: 'kubectl', ns: 'staging-environment', text: 'kubectl get pods,svc,deployment -n staging-environment' },
    { name: "procps 4's watch header, its clock alone after the host, collapsed", input: 'Every 1.0s: kubectl get pods -n x cory-macbookpro-m1pro: 12:12:38', tool: 'kubectl', ns: 'x', text: 'kubectl get pods -n x' },
    { name: 'a watch header cutting the namespace with an ellipsis: the cut namespace is not taken (ee/05)', input: 'Every 1.0s: kubectl get pods --label-columns app.kubernetes.io/name=backend-electricilies --namespace electricilies-… kevostro-arch: 03:13:04 PM', tool: 'kubectl', ns: null, text: 'kubectl get pods --label-columns app.kubernetes.io/name=backend-electricilies --namespace electricilies-…' },
    { name: 'a watch header cutting another flag with an ellipsis: the cut word and its flag are left out', input: 'Every 2.0s: kubectl get pods -n shop -o wi…   host: 12:00:00', tool: 'kubectl', ns: 'shop', text: 'kubectl get pods -n shop' },
    { name: "a word processor's en dash for a short flag (ee/21)", input: '$ kubectl get pods –n kube-system', tool: 'kubectl', ns: 'kube-system' },
    { name: "an en dash for a long flag's two hyphens, the command capitalised (ee/21)", input: 'Kubectl get pods –n=payments', tool: 'Kubectl', ns: 'payments' },
    { name: 'an en dash before a hyphen is a long flag', input: '$ kubectl get pods –-namespace shop', tool: 'kubectl', ns: 'shop' },
    { name: 'a dash alone is no flag', input: '$ kubectl get pods – web-0', tool: 'kubectl', ns: null },
    { name: 'an en dash flag before the verb', input: '$ kubectl –n shop get pods', tool: 'kubectl', ns: 'shop' },
    { name: 'watch program header in a locale with a decimal comma', input: 'Every 2,0s: kubectl get -n rook-ceph pods                clustermodulus04: Sun Jul 26 16:19:25 2020', tool: 'kubectl', ns: 'rook-ceph' },
    { name: 'variable set for the command', input: '$ KUBECONFIG=~/.kube/staging.yaml kubectl get pods -n payments', tool: 'kubectl', ns: 'payments' },
    { name: 'env wrapper', input: 'env KUBECONFIG=x kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'absolute path', input: '[root@m-k8s ~]# /usr/local/bin/kubectl get pods -n payments -w', tool: '/usr/local/bin/kubectl', ns: 'payments' },
    { name: 'rke2 path', input: '$ /var/lib/rancher/rke2/bin/kubectl --kubeconfig /etc/rancher/rke2/rke2.yaml get pods -A', tool: '/var/lib/rancher/rke2/bin/kubectl' },
    { name: 'relative path', input: './kubectl get pods -n x', tool: './kubectl', ns: 'x' },
    { name: 'kubectl.sh of a source tree', input: './cluster/kubectl.sh get pods', tool: './cluster/kubectl.sh' },
    { name: 'watch -n 1', input: 'watch -n 1 kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'watch with quotes', input: "watch 'kubectl get pods -n x'", tool: 'kubectl', ns: 'x' },
    { name: 'sudo -E', input: '$ sudo -E kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'time', input: 'time kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'timeout with a duration', input: '$ timeout 30s kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: "a user's own short alias, then -n and get po", input: '» ku -n test get po', tool: 'ku', ns: 'test' },
    { name: 'a fence glued to a prompt running an alias', input: '```root@m-k8s:~# k get pods -n x', tool: 'k', ns: 'x' },
    { name: 'a sentence ending in the quoted command', input: 'However, I get the following result when I run "kubectl -n kafka get all":', tool: 'kubectl', ns: 'kafka' },
    { name: 'a label before a quoted command', input: 'Output of "kubectl get pods -n x"', tool: 'kubectl', ns: 'x' },
    { name: 'a quoted command after an earlier one on the line: the quoted one printed what follows', input: 'kubectl apply -k github.com/x/y?ref=v6.0.3). However, when I run "kubectl -n kafka get all":', tool: 'kubectl', ns: 'kafka' },
    { name: 'a CI script\'s retry function with its counts', input: '$ retry_cmd 5 10 kubectl get pods -n kube-system', tool: 'kubectl', ns: 'kube-system' },
    { name: 'nohup', input: 'nohup kubectl get pods -n x -w', tool: 'kubectl', ns: 'x' },
    { name: 'kg alias', input: '$ kg po -n x', tool: 'kg', ns: 'x' },
    { name: 'dollar-colon prompt', input: '$: kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'tilde prompt', input: '~ kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'numbered step', input: '3. $kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'namespace before a semicolon', input: '$ kubectl get pods -n payments; echo done', tool: 'kubectl', ns: 'payments' },
    { name: 'quoted namespace', input: '$ kubectl get pods -n "payments"', tool: 'kubectl', ns: 'payments' },
    { name: "a tutorial's placeholder names no namespace", input: '$ kubectl get pods -n <namespace>', tool: 'kubectl', ns: null },
    { name: 'a shell variable names no namespace', input: '$ kubectl get pods -n $NS', tool: 'kubectl', ns: null },
    { name: "a doc's bracketed placeholder names no namespace", input: 'kubectl get pod -n [$namespace] -o wide', tool: 'kubectl', ns: null },
    { name: 'an underscore is no DNS label', input: 'kubectl get pods -n my_ns', tool: 'kubectl', ns: null },
    { name: 'an unclosed backtick before the command', input: '`kubectl get po -o wide -n readiness', tool: 'kubectl', ns: 'readiness' },
    { name: 'a command quoted as inline code in prose', input: '`kubectl -n kube-system get pods` gives:', tool: 'kubectl', ns: 'kube-system' },
    { name: 'prose punctuation after the namespace', input: 'kubectl get pods -n kafka:', tool: 'kubectl', ns: 'kafka' },
    { name: 'a sentence ending after the namespace', input: '$ kubectl get pods -n kube-system.', tool: 'kubectl', ns: 'kube-system' },
    { name: 'a ^C before the prompt', input: '^C><> k get po -n x', tool: 'k', ns: 'x' },
    { name: 'conda and kube-ps1', input: '(base) (⎈|kubernetes-admin@kubernetes:default)➜  ~ kubectl get po -n metallb', tool: 'kubectl', ns: 'metallb' },
    { name: 'conda and oh-my-zsh', input: '(base) ➜  ~ kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'kube-ps1 names the namespace when -n does not', input: '(⎈|kind-kind:horizoncd)➜  ~ kubectl get pod', tool: 'kubectl', ns: 'horizoncd' },
    { name: 'kube-ps1 with a space, the DOIK lab', input: '(⎈ |DOIK-Lab:default) root@k8s-m:~/yaml# k get pod', tool: 'k', ns: 'default' },
    { name: 'kube-ps1 without a namespace set', input: '(⎈|HomeLab:N/A) ➜ kubectl get pods', tool: 'kubectl', ns: null },
    { name: 'agnoster with spaces for glyphs', input: ' me@darwin  ~/k8s/day8   master  kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'agnoster with Powerline glyphs', input: 'me@host \ue0b0 ~/dir \ue0b0 main \ue0b0 kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'oh-my-zsh kgp alias', input: '~/labs • main ❯❯ kgp -n web', tool: 'kgp', ns: 'web' },
    { name: 'oh-my-zsh kgpa alias alone', input: 'kgpa', tool: 'kgpa' },
    { name: 'two-line zsh prompt', input: '╰─➤  kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: "powerlevel10k's second line and its right frame", input: '╰─ kubectl get pods -n x      ─╯', tool: 'kubectl', ns: 'x' },
    { name: "Parrot OS's second line", input: '└─ kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'kubectl run over ssh, quoted', input: 'ssh -i ~/.ssh/id_rsa ubuntu@10.0.0.10 "kubectl get pods -A"', tool: 'kubectl', ns: null },
    { name: 'kubectl run over ssh after a prompt', input: '$ ssh -p 2222 -t m-k8s kubectl get pods -n kube-system', tool: 'kubectl', ns: 'kube-system' },
    { name: 'an emoji a themed prompt starts with', input: '✨ kubectl get pods --namespace kube-system', tool: 'kubectl', ns: 'kube-system' },
    { name: 'an emoji with a variation selector', input: '☸️ k get po -n x', tool: 'k', ns: 'x' },
    { name: 'kk alias', input: '$ kk get po -o wide -n x', tool: 'kk', ns: 'x' },
    { name: 'the prompt alone as inline code, the command after it', input: '`ubuntu@ip-172-31-17-243:~$` kubectl get pods -o wide -n web`', tool: 'kubectl', ns: 'web' },
    { name: 'an arrow typed as a prompt, an alias piped to grep', input: '-> kgpo | grep core', tool: 'kgpo' },
    { name: 'an arrow typed as a prompt', input: '-> kgpo -n kube-system', tool: 'kgpo', ns: 'kube-system' },
    { name: "a doc's typo under real output", input: '$ kubeclt get pod -n vault', tool: 'kubeclt', ns: 'vault' },
    { name: 'k8s alias after a > prompt', input: '> k8s get all -n orchestration', tool: 'k8s', ns: 'orchestration' },
    { name: 'az aks command invoke, continued line', input: '  --command "kubectl get pods -n kube-system"', tool: 'kubectl', ns: 'kube-system' },
    { name: 'az aks command invoke with -c', input: '$ az aks command invoke -g rg -n aks1 -c "kubectl get pods -n kube-system"', tool: 'kubectl', ns: 'kube-system' },
    { name: "KodeKloud's prompt", input: 'controlplane ~ ➜  k get po -n foo', tool: 'k', ns: 'foo' },
    { name: "KodeKloud's prompt after a failed command", input: 'controlplane ~ ✖ k get pods -n bar', tool: 'k', ns: 'bar' },
    { name: "KodeKloud's prompt in a directory", input: 'controlplane ~/manifests ➜  kubectl get pods -n x', tool: 'kubectl', ns: 'x' },
    { name: 'kubectl-aliases kgpo', input: "(*'-') < kgpo -n cert-manager", tool: 'kgpo', ns: 'cert-manager' },
    { name: 'kubectl-aliases ksysgpo (kube-system)', input: '$ ksysgpo', tool: 'ksysgpo', ns: 'kube-system' },
    { name: 'kubectl-aliases kgpoallowide', input: '$ kgpoallowide', tool: 'kgpoallowide' },
    { name: 'after another command and a semicolon', input: '$ sleep 30; kubectl get pods -n atscale', tool: 'kubectl', ns: 'atscale' },
    { name: "after PowerShell's Start-Sleep", input: 'PS C:\\> Start-Sleep -Seconds 30; kubectl get pods -n atscale | Select-String "engine"', tool: 'kubectl', ns: 'atscale' },
    { name: 'after &&', input: '$ cd infra && kubectl get pods -n web', tool: 'kubectl', ns: 'web' },
    { name: 'a command quoted in prose ends at its closing quote', input: 'B: Ejecutar "kubectl get pods -n x" con el argumento --watch', tool: 'kubectl', ns: 'x' },
    { name: 'a code fence glued to the prompt', input: '```fbs-MacBook-Pro:cam-to-svn fb$ kubectl get pods -n kube-system', tool: 'kubectl', ns: 'kube-system' },
    { name: 'az aks command invoke, one line', input: '$ az aks command invoke -g rg -n aks1 --command "kubectl get pods -A -o wide"', tool: 'kubectl' },
    { name: "a label before the command (a bug report's field)", input: 'Raw command: /usr/bin/kubectl get pods -n loki -l app=loki', tool: '/usr/bin/kubectl', ns: 'loki' },
    { name: 'a Korean label before the command', input: '명령: kubectl get pods -n shop', tool: 'kubectl', ns: 'shop' },
    { name: 'the alias capitalised at the start of a line', input: 'K get pod -n kube-system -l k8s-app=cilium --show-labels', tool: 'K', ns: 'kube-system' },
    { name: "a prompt drawn with ⫸", input: '⫸ k get pods -n otel', tool: 'k', ns: 'otel' },
    { name: "KubeEdge's keadm ctl on an edge node", input: '[root@edge-1 ~]# keadm ctl get pod -n kubeedge', tool: 'keadm ctl', ns: 'kubeedge' },
    { name: "Jupyter's shell escape", input: '!kubectl get pods -n kubeflow-user-example-com', tool: '!kubectl', ns: 'kubeflow-user-example-com' },
    { name: "kubectl with its l lost in the paste, after a prompt", input: '[vagrant@fedora ~]$ kubect get po -n openshift-service-ca', tool: 'kubect', ns: 'openshift-service-ca' },
    { name: 'kubectl and get glued, its l lost (t/11)', input: '[vagrant@fedora ~]$ kubectget po -o widepo -n openshift-service-ca    service-ca-7bffb6f6bf-hxhrk', tool: 'kubect', ns: 'openshift-service-ca' },
    { name: 'kubectl and get glued', input: '$ kubectlget pods -n shop', tool: 'kubectl', ns: 'shop' },
    { name: 'kubectl with two letters swapped, after a prompt', input: 'user@host:~$ kubetcl get pods -n shop', tool: 'kubetcl', ns: 'shop' },
    { name: "vcluster connect's command after -- (t/14)", input: '$ vcluster connect vcluster-1 --namespace vc1 -- kubectl get pod -A', tool: 'kubectl', ns: null },
    { name: "another launcher's command after --", input: '$ aws-vault exec prod -- kubectl get pods -n web', tool: 'kubectl', ns: 'web' },
    { name: 'an emoji ending the prompt, glued to the tool (hunt ad/17)', input: '~/minikube/hco  root@shegde🎩kubectl get pods --all-namespaces', tool: 'kubectl', ns: null },
    { name: 'a symbol ending the prompt, glued to the tool', input: '⚡kubectl get pods -n kubevirt', tool: 'kubectl', ns: 'kubevirt' },
    { name: 'a double backtick glued to the prompt (hunt ae/01)', input: '``ubuntu@localhost:~$ kubectl get pods -n free5gc', tool: 'kubectl', ns: 'free5gc' },
    { name: 'a command in a double-backtick span', input: '``kubectl get pods -n x`` gives:', tool: 'kubectl', ns: 'x' },
    { name: "a word segment before pure's ❯, then the k alias (hunt av/23)", input: 'Desktop ❯ k get po', tool: 'k', ns: null },
    { name: "a word segment before ❯, the k alias and a namespace", input: 'src ❯ k get po -n web', tool: 'k', ns: 'web' },
    { name: 'a numbered step glued to kubectl (hunt au/26)', input: '1.kubectl apply -f sample_policy.yml', tool: 'kubectl', ns: null },
    { name: "a zsh theme's ᐅ before the command (hunt bl/08)", input: 'ᐅ oc get pods -n clusters-mgencur-hc1    ', tool: 'oc', ns: 'clusters-mgencur-hc1' },
    { name: 'ᐅ glued to the tool', input: 'ᐅkubectl get pods -n web', tool: 'kubectl', ns: 'web' },
    { name: "a zsh theme's ± before a get of another kind, a right prompt far after it (hunt bs/03)", input: '± kubectl get daemonset omsagent -n kube-system                                              ❯❯❯', tool: 'kubectl', ns: 'kube-system' },
    { name: "a zsh theme's ± before a get of one pod by name", input: '± kubectl get pods omsagent-b2zpx -n kube-system', tool: 'kubectl', ns: 'kube-system' },
    { name: "a zsh theme's ± before another verb", input: '± kubectl -n kube-system describe pod omsagent-8cnfd', tool: 'kubectl', ns: 'kube-system' },
    { name: 'a full-width hash glued to the tool (hunt bk/05)', input: '＃kubectl get pods', tool: 'kubectl', ns: null },
    { name: 'a full-width dollar glued to the tool', input: '＄kubectl get pods -n web', tool: 'kubectl', ns: 'web' },
    { name: 'a quoted line of inline code, the backtick closing it not in the flag (hunt bm/11)', input: '>`$ kubectl get pods -n vault --context=${CLUSTER1_CTX}`', tool: 'kubectl', ns: 'vault' },
    { name: "a stray backtick before a powerline prompt, kubectl typed as zsh corrects it (hunt bp/02)", input: '` user@LIBP45P-117846M  ⌂ ~/t/w/k/podlogs  kubect get pods -A   ✔  rancher-desktop ⎈  11:55:38 ', tool: 'kubect', ns: null },
    { name: "a test harness's log of the arguments it ran, in brackets (hunt bl/31)", input: 'Running oc with args [oc get pods -n cmd-service-test218byx]', tool: 'oc', ns: 'cmd-service-test218byx' },
  ];
  test.each(prompts)('$name', (p) => {
    const c = classifyLine(normalizeLine(p.input));
    expect(c.type).toBe('prompt');
    if (c.type === 'prompt') expect(c.command?.tool).toBe(p.tool);
    if (c.type === 'prompt' && 'ns' in p) expect(c.command?.namespace).toBe(p.ns);
    if (c.type === 'prompt' && 'text' in p) expect(c.command?.text).toBe(p.text);
  });

  test.each([
    { name: "an en dash for --all-namespaces (ee/21)", input: 'Kubectl get pods –all-namespaces', all: true },
    { name: 'an em dash for --all-namespaces', input: '$ kubectl get pods —all-namespaces', all: true },
    { name: 'an en dash for -A', input: '$ kubectl get pods –A', all: true },
    { name: 'an en dash before a digit is no flag', input: '$ kubectl get pods –1', all: false },
  ])('typographic dashes: $name', ({ input, all }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? c.command?.allNamespaces : null).toBe(all);
  });

  test.each([
    { name: 'the closing backtick of a quoted inline-code line is no part of --context (hunt bm/11)', input: '>`$ kubectl get pods -n vault --context=${CLUSTER1_CTX}`', text: 'kubectl get pods -n vault --context=${CLUSTER1_CTX}' },
    { name: 'a bracketed command ends at its bracket', input: 'Running oc with args [oc get pods example-x -o template="{{.status.phase}}" -n ns1]', text: 'oc get pods example-x -o template="{{.status.phase}}" -n ns1' },
  ])('$name', ({ input, text }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? c.command?.text : null).toBe(text);
  });

  test.each([
    { name: 'a capitalised line ending in a bracket that holds no command stays text', input: 'See [the docs]', type: 'text' },
    { name: 'a bracket holding words after a tool-like word stays text', input: 'Running with args [ocelot get]', type: 'text' },
    { name: 'a row ending in a bracket stays text', input: 'web-0   1/1   Running   0   5d   [x]', type: 'text' },
  ])('$name', ({ input, type }) => expect(classifyLine(normalizeLine(input)).type).toBe(type));

  test.each([
    { name: 'a mistyped tool with another verb', input: '$ kubect describe pod web-0 -n x' },
    { name: 'a mistyped tool with another kind', input: '$ kubectget deploy -n x' },
    { name: 'a glued, mistyped tool without a prompt', input: 'kubectget po -n x' },
    { name: 'a mistyped tool without a prompt', input: 'kubetcl get pods -n x' },
    { name: 'another kube tool', input: '$ kubeadm token list' },
    { name: 'an emoji glued to a word that is no tool', input: 'abc🎩kubectlx get pods' },
  ])('a mistyped kubectl counts only after a prompt and for a get of pods: $name', ({ input }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? c.command : null).toBeNull();
  });
  test('the virtual cluster vcluster connect runs the command in is kept; the host\'s commands have none', () => {
    const c = classifyLine(normalizeLine('$ vcluster connect vcluster-1 --namespace vc1 -- kubectl get pod -A'));
    expect(c.type === 'prompt' ? [c.command?.text, c.command?.launchedIn] : null).toEqual(['kubectl get pod -A', 'vcluster/vcluster-1']);
    const host = classifyLine(normalizeLine('$ kubectl get -n vc1 pod -o wide'));
    expect(host.type === 'prompt' ? host.command?.launchedIn : undefined).toBeNull();
    const vault = classifyLine(normalizeLine('$ aws-vault exec prod -- kubectl get pods'));
    expect(vault.type === 'prompt' ? vault.command?.launchedIn : undefined).toBeNull();
  });
  test.each([
    { name: 'after a zsh prompt (hunt aa/03)', input: 'cluster-api-provider-cloudstack-staging % KUBECONFIG=capc-cluster.kubeconfig kubectl get pods -A', expected: 'kubeconfig/capc-cluster.kubeconfig' },
    { name: 'after sudo', input: '$ sudo KUBECONFIG=/etc/rancher/k3s/k3s.yaml kubectl get pods -A', expected: 'kubeconfig//etc/rancher/k3s/k3s.yaml' },
    { name: 'another variable says nothing of the cluster', input: '$ LANG=C kubectl get pods -A', expected: null },
  ])('the kubeconfig a KUBECONFIG= before the command set for it is kept: $name', ({ input, expected }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? [c.command?.text, c.command?.launchedIn] : null).toEqual(['kubectl get pods -A', expected]);
  });
  test("another program's get (go get pods) is no kubectl alias", () => {
    const c = classifyLine(normalizeLine('$ go get pods'));
    expect(c.type === 'prompt' ? c.command : null).toBeNull();
  });
  test('kubectl wait giving up is its message, also without error: before it', () => {
    expect(classifyLine('timed out waiting for the condition on pods/x-7k2xq')).toEqual({ type: 'message', id: 'wait-timeout' });
  });
  test("kubectl's deprecation notice is a warning, not a command", () => {
    expect(classifyLine('kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version.')).toEqual({ type: 'message', id: 'kubectl-warning' });
  });

  test.each([
    { name: "Terraform's exec array", input: 'Executing: ["/bin/sh" "-c" "kubectl get pod oke-fsspod1 -n web"]', text: 'kubectl get pod oke-fsspod1 -n web', ns: 'web' },
    { name: 'an exec array in single quotes', input: "Executing: ['/bin/sh' '-c' 'kubectl get pods -n web']", text: 'kubectl get pods -n web', ns: 'web' },
  ])('the end of an exec array is not part of the command: $name', ({ input, text, ns }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? [c.command?.text, c.command?.namespace] : null).toEqual([text, ns]);
  });
  test.each([
    { name: 'powerlevel10k context and clock', input: '# kubectl -n kube-system get pods                                  ⎈ lke48122-ctx   17:58:18', text: 'kubectl -n kube-system get pods' },
    { name: 'exit status and time', input: '❯ kubectl get pods -A -o wide            ✔  at 10:22:33', text: 'kubectl get pods -A -o wide' },
  ])('a right prompt is not part of the command: $name', ({ input, text }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? c.command?.text : null).toBe(text);
  });
  test.each([
    { name: 'a pod name and -o wide after stray spaces (hunt au/19)', input: '$ kubectl get pods -n graphite          graphite-0 -o wide', text: 'kubectl get pods -n graphite graphite-0 -o wide', wide: true },
    { name: 'a pod name alone after stray spaces (hunt t/11)', input: '[vagrant@fedora ~]$ kubectl get po -o wide -n openshift-service-ca            service-ca-7bffb6f6bf-46276', text: 'kubectl get po -o wide -n openshift-service-ca service-ca-7bffb6f6bf-46276', wide: true },
  ])('words typed after a wide gap are the command: $name', ({ input, text, wide }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? [c.command?.text, c.command?.wide] : null).toEqual([text, wide]);
  });
  test.each([
    { name: 'a caption after the command, no prompt (hunt cx/11)', input: 'kubectl get pods command result ', text: 'kubectl get pods', args: ['pods'], inProse: true },
    { name: 'a caption noun alone, a period after it', input: 'kubectl get pods -n web output.', text: 'kubectl get pods -n web', args: ['pods'], inProse: true },
    { name: 'a pod name with a dash is typed, not a caption', input: 'kubectl get pods result-7d9f', text: 'kubectl get pods result-7d9f', args: ['pods', 'result-7d9f'], inProse: false },
    { name: 'a flag after the noun keeps it typed', input: 'kubectl get pods output -o wide', text: 'kubectl get pods output -o wide', args: ['pods', 'output'], inProse: false },
    { name: 'a flag value is no caption', input: 'kubectl get pods -n output', text: 'kubectl get pods -n output', args: ['pods'], inProse: false },
    { name: 'typed at a prompt, the words are the command', input: '$ kubectl get pods command result', text: 'kubectl get pods command result', args: ['pods', 'command', 'result'], inProse: false },
  ])('a caption naming the command is not its arguments: $name', ({ input, text, args, inProse }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? [c.command?.text, c.command?.args, c.command?.inProse] : null).toEqual([text, args, inProse]);
  });
  test.each([
    { name: 'an exit status with its glyph', input: '» ku -n test get po                                        1 ↵', text: 'ku -n test get po' },
    { name: "spaceship's took", input: '$ kubectl get pods -n x                    took 3s', text: 'kubectl get pods -n x' },
    { name: 'a bare clock', input: '$ kubectl get pods -n x                    10:22:33', text: 'kubectl get pods -n x' },
    { name: 'an exit code alone', input: '$ kubectl get pods -n x                    130', text: 'kubectl get pods -n x' },
    { name: 'a status word in capitals', input: '$ kubectl get pods -n x                    INT', text: 'kubectl get pods -n x' },
    { name: "a theme's plain words (z4h, hunt ay/12)", input: '(⎈ |minikube:karmada-system)  ~/ kubectl get all                    z4h recovery mode', text: 'kubectl get all' },
    { name: 'a git branch without a glyph', input: '$ kubectl get pods -n x                    main', text: 'kubectl get pods -n x' },
  ])('a right prompt without glyphs is still no part of the command: $name', ({ input, text }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? c.command?.text : null).toBe(text);
  });
  test.each([
    'Note: kubectl is installed',
    'a long sentence that ends in a label: kubectl describe pod web-0 -n x',
    'K',
    'timeout reached while kubectl get pods was running',
  ])('a label needs a verb after the tool and to stand near the start: %s', (input) => {
    expect(classifyLine(normalizeLine(input)).type).not.toBe('prompt');
  });
  test('a tool and a verb as inline code in a sentence are prose, not a command that ran', () => {
    expect(classifyLine(normalizeLine('`kubectl get` command in the first terminal. Eventually, the output will')).type).toBe('text');
    expect(classifyLine(normalizeLine('`kubectl get pods -n web` gives:')).type).toBe('prompt');
  });
  test.each([
    { input: 'ku get pods', text: 'ku get pods', ns: null },
    { input: 'ku get po -n consul -o wide', text: 'ku get po -n consul -o wide', ns: 'consul' },
    { input: 'ku get -n consul pods', text: 'ku get -n consul pods', ns: 'consul' },
    { input: 'kv0 get po -A', text: 'kv0 get po -A', ns: null },
    { input: 'k8 get pods', text: 'k8 get pods', ns: null },
  ])('a short alias alone on its line, the prompt not pasted: $input', ({ input, text, ns }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? [c.command?.text, c.command?.namespace] : c).toEqual([text, ns]);
  });
  test.each([
    { name: 'the namespace flag between get and pods (hunt bi/18)', input: 'abshah@abhidesk:~/go/src/k8s.io/kubernetes$ kctl get --all-namespaces pods', all: true, ns: null },
    { name: '-n and its value between get and po', input: '$ ku get -n web po', all: false, ns: 'web' },
    { name: 'namespace flags on both sides of get', input: '» ku -n web get -A pods', all: true, ns: 'web' },
  ])("a user's own short alias after a prompt, flags after get: $name", ({ input, all, ns }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? [c.command?.verb, c.command?.args, c.command?.allNamespaces, c.command?.namespace] : c).toEqual(['get', [input.split(' ').pop()], all, ns]);
  });
  test.each(['$ ku get -n web svc', '$ ku get --all-namespaces', 'ku get -A pods web-0 and more'])("a short alias's get of another kind, or of pods with more words, is no command: %s", (input) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? c.command : null).toBeNull();
  });
  test.each(['$ ./configure --prefix=/usr', '$ /usr/bin/apt get install x', './run.sh build pods'])("a program by its path that gets no pods is no command: %s", (input) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? c.command : null).toBeNull();
  });
  test.each(['ku get pods web-0 and more', 'go get pods', 'ku   web-0   1/1   Running   0   5d', 'kv0 get pods web-0 and more', '0kv get pods', 'kv0   web-0   1/1   Running   0   5d'])('without a prompt, anything more is no command: %s', (input) => {
    expect(classifyLine(normalizeLine(input)).type).not.toBe('prompt');
  });
  test.each(['kk   web-0   1/1   Running   0   5d', 'kk', 'k8s   web-0   1/1   Running   0   5d'])('a row or word "kk" is no command: %s', (input) => {
    expect(classifyLine(input).type).not.toBe('prompt');
  });

  test.each([
    { name: 'mid-sentence', input: 'When I run `kubectl get pods -n vault` I get:', ns: 'vault' },
    { name: 'with -o wide', input: 'Then `kubectl get po -n shop -o wide` shows:', ns: 'shop' },
  ])('a get quoted in the middle of prose is the command: $name', ({ input, ns }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? c.command?.namespace : 'not a prompt').toBe(ns);
  });
  test.each([
    { name: 'flags after the resource, the sentence goes on', input: 'If I run kubectl get pods --namespace=kube-system this is the result:', text: 'kubectl get pods --namespace=kube-system', ns: 'kube-system', all: false },
    { name: 'flags before get, -o wide', input: 'When running kubectl -n shop get po -o wide the output is:', text: 'kubectl -n shop get po -o wide', ns: 'shop', all: false },
    { name: 'a comma ends the clause', input: 'i use the command kubectl get pod --all-namespaces, and here is the result:', text: 'kubectl get pod --all-namespaces', ns: null, all: true },
    { name: 'a value with a comma glued', input: 'Then kubectl get pods -n foo, and:', text: 'kubectl get pods -n foo', ns: 'foo', all: false },
    { name: 'the command ends the sentence, no colon', input: 'masters seem to be running ok. This is the output from kubectl get all -n kube-system', text: 'kubectl get all -n kube-system', ns: 'kube-system', all: false },
    { name: 'the command ends the sentence with a full stop', input: 'I ran kubectl get pods -n shop.', text: 'kubectl get pods -n shop', ns: 'shop', all: false },
    { name: 'a closing double quote ends the command, a wrapper before kubectl', input: 'I ran "./zarf tools kubectl get pods -A"', text: 'kubectl get pods -A', ns: null, all: true },
  ])('a get named unquoted in prose that introduces the output is the command: $name', ({ input, text, ns, all }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? { text: c.command?.text, ns: c.command?.namespace, all: c.command?.allNamespaces } : c).toEqual({ text, ns, all });
  });
  test.each([
    { name: 'a pod table', input: '$ kubectl get po -A NAMESPACE   NAME   READY   STATUS   RESTARTS   AGE', text: 'kubectl get po -A' },
    { name: "kubectl top's header after a wide gap", input: '$ kubectl top pods --sort-by=cpu --all-namespaces                     NAMESPACE     NAME     CPU(cores)   MEMORY(bytes)', text: 'kubectl top pods --sort-by=cpu --all-namespaces' },
    { name: "kubectl top's short header, which a right prompt would be as short as", input: '$ kubectl top pods          NAME   CPU(cores)   MEMORY(bytes)', text: 'kubectl top pods' },
    { name: 'kubectl top --containers', input: '$ kubectl top pods --containers   POD   NAME   CPU(cores)   MEMORY(bytes)', text: 'kubectl top pods --containers' },
    { name: 'NAMESPACE glued to the last flag, its line break lost (df/12)', input: '$ sudo kubectl get pods --all-namespacesNAMESPACE NAME READY STATUS RESTARTS AGE', text: 'kubectl get pods --all-namespaces' },
  ])("a header on the command's line is no argument: $name", ({ input, text }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? { text: c.command?.text, onLine: c.command?.tableOnLine } : c).toEqual({ text, onLine: true });
  });
  test.each([
    { name: 'one command', input: 'Running "kubectl get pods -n kube-system" I see the following output:', text: 'kubectl get pods -n kube-system', namespace: 'kube-system' },
    { name: 'the last of two', input: 'with "kubectl get -w po" and "kubectl get pods -w --show-all" as you could see in output below:', text: 'kubectl get pods -w --show-all', namespace: null },
  ])('prose quoting a get in double quotes names its command: $name', ({ input, text, namespace }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? { text: c.command?.text, namespace: c.command?.namespace } : c).toEqual({ text, namespace });
  });
  test.each(['Run "kubectl describe pod web-0" to see why.', 'The "kubectl get" verb lists things.', 'It said "kubectl not found'])('prose quoting no get in double quotes stays prose: %s', (input) => {
    expect(classifyLine(normalizeLine(input)).type).toBe('text');
  });
  test.each([
    'I tried kubectl get svc and got:',
    'If I run kubectl get pods -n x the pods are all Running.',
    'With kubectl describe pod web-0 I see:',
  ])('prose naming no get of pods, or not introducing output, stays prose: %s', (input) => {
    expect(classifyLine(normalizeLine(input)).type).toBe('text');
  });
  test.each([
    { name: 'a Turkish sentence around the command (hunt ac/14)', input: 'Kurulumun ardından `kubectl get pods` ile podların durumunu görebiliriz.', expected: true },
    { name: 'an English sentence that introduces the output', input: 'When I run `kubectl get pods -n vault` I get:', expected: true },
    { name: 'a Chinese sentence', input: '可通过 `kubectl get pods` 来找到 `Evicted` 状态的 POD', expected: true },
    { name: 'double quotes', input: 'Running "kubectl get pods -n kube-system" I see the following output:', expected: true },
    { name: 'the command ends a sentence, its full stop after it', input: 'Verify the deployment using the command `kubectl get pods -n shop`.', expected: true },
    { name: 'the command ends a sentence, nothing after it (hunt bt/01)', input: "Hello, the agent always has a status of CrashLoopBackOff after verifying it with `kubectl get pods -n parca`", expected: true },
    { name: 'a label of two words before it, nothing after', input: 'Output of `kubectl get pods -n x`', expected: false },
    { name: 'more of the command after the closing quote is no sentence end', input: 'Run the check `kubectl get pods` -n x', expected: false },
    { name: 'a label before it, nothing after', input: 'Output of "kubectl get pods -n x"', expected: false },
    { name: 'a command run over ssh', input: 'ssh m1 "kubectl get pods -A"', expected: false },
    { name: 'a prompt before the quote', input: 'root@m1:~# watch "kubectl get pods" and wait', expected: false },
    { name: 'no tool inside the quotes', input: 'Use `get` and then look.', expected: false },
    { name: 'a Japanese sentence opening with the command (hunt bv/08)', input: '`kubectl get pods`コマンドを使用して、DNSのPodが実行されていることを確認します。', expected: true },
    { name: 'a Chinese list item opening with two commands (hunt bv/17)', input: '`kubectl get node` 和 `kubectl get po` 两个命令返回的结果中', expected: true },
    { name: 'a command alone in backticks', input: '`kubectl get pods -n x`', expected: false },
    { name: 'a command in backticks, then its flags', input: '`kubectl get pods` -n x -o wide', expected: false },
    { name: "a shell comment's sentence ending in the command (hunt ck/10)", input: '# Even with this error message, the smb mount inside of the pod behavior properly.  No error messages for each csi-smab-node : "kubectl logs csi-smb-node-xxx -n kube-system"', expected: true },
    { name: 'a root prompt running a program in lower case stays a prompt', input: '# echo "kubectl get pods" and more', expected: false },
  ])('quotedInProse: $name', ({ input, expected }) => {
    expect(quotedInProse(input)).toBe(expected);
  });
  test.each(['Run `kubectl describe pod web-0` to see why.', 'The `kubectl` binary is in your PATH.', 'Use `get` and `describe`.'])('prose quoting no get stays prose: %s', (input) => {
    expect(classifyLine(normalizeLine(input)).type).toBe('text');
  });

  test('a command quoted in prose ends at the closing backtick', () => {
    const c = classifyLine(normalizeLine('`kubectl get po`を実行するとInit:CreateContainerConfigError'));
    expect(c.type === 'prompt' ? c.command?.text : null).toBe('kubectl get po');
  });

  test('az aks command invoke: the command is what --command runs, without its quotes', () => {
    const c = classifyLine(normalizeLine('  --command "kubectl get pods -n kube-system"'));
    expect(c.type === 'prompt' ? c.command?.text : null).toBe('kubectl get pods -n kube-system');
  });

  test('kg keeps the command as typed', () => {
    const c = classifyLine('$ kg po,svc -A');
    expect(c.type === 'prompt' ? c.command?.text : null).toBe('kg po,svc -A');
    expect(c.type === 'prompt' ? c.command?.verb : null).toBe('get');
  });

  test.each([
    { name: 'all namespaces', input: '┌──────── Pods(all)[17] ────────┐', resource: 'pods', ns: null, all: true },
    { name: 'one namespace', input: '┌─── Pods(kube-system)[9] ───┐', resource: 'pods', ns: 'kube-system', all: false },
    { name: 'rounded corners, a filtered count', input: '╭─ Pods(payments)[9/18] ─── /api ─╮', resource: 'pods', ns: 'payments', all: false },
    { name: 'another view', input: '┌─── Deployments(argocd)[6] ───┐', resource: 'deployments', ns: 'argocd', all: false },
    { name: "a view inside one pod: its namespace", input: '┌── Containers(argocd/argocd-repo-server-5457fff8c9-knr2s)[4] ──┐', resource: 'containers', ns: 'argocd', all: false },
  ])('a k9s screen title is its view: $name', ({ input, resource, ns, all }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? { tool: c.command?.tool, args: c.command?.args, ns: c.command?.namespace, all: c.command?.allNamespaces, wide: c.command?.wide, filtered: c.command?.filtered } : c)
      .toEqual({ tool: 'k9s', args: [resource], ns, all, wide: true, filtered: true });
  });
  test.each(['┌──────────────┐', '└──────── Pods(all)[17] ───┘', '┌── pods(all) ──┐'])('a box line that names no k9s view is no command: %s', (input) => {
    expect(classifyLine(normalizeLine(input)).type).not.toBe('prompt');
  });

  test.each([
    { name: 'empty prompt', input: 'root@m-k8s:~#' },
    { name: 'bracketed empty prompt', input: '[root@m-k8s ~]#' },
    { name: 'other command', input: '$ ssh m-k8s' },
    { name: 'ssh to a host that runs something else', input: '$ ssh m-k8s uptime' },
    { name: 'bash-it prompt running echo', input: '06:15:10 ide-dev@cloudlearningservices voting-demo ±|main|→ echo "export USE_GKE_GCLOUD_AUTH_PLUGIN=True" >> ~/.bashrc' },
    { name: 'bash-it prompt running gcloud', input: '06:15:27 ide-dev@cloudlearningservices voting-demo ±|main|→ gcloud container clusters get-credentials dev-cluster --region us-central1' },
    { name: 'bash-it prompt, nothing typed', input: '06:16:20 ide-dev@cloudlearningservices voting-demo ±|main|→' },
    { name: 'zsh prompt with a directory running docker', input: 'keerthana@Mac-356 node-spin-up % docker context ls' },
    { name: 'user@host then a context in parentheses', input: 'user@cloudshell:~ (us-ashburn-1)$ oci ce cluster create-kubeconfig --cluster-id x' },
    { name: 'bare helm install', input: 'helm install ngf oci://ghcr.io/nginx/charts/nginx-gateway-fabric --create-namespace -n nginx-gateway' },
    { name: 'bare helm repo add', input: 'helm repo add kyverno https://kyverno.github.io/kyverno/' },
    { name: 'helm glued to a bare > prompt (hunt ak/05)', input: '>helm repo add sentry https://sentry-kubernetes.github.io/charts' },
    { name: 'helm after a bare > prompt and a space', input: '> helm install --wait sentry sentry/sentry --namespace sentry' },
    { name: 'helm glued to a $ prompt, as $kubectl is (hunt am/09)', input: '$helm install otel-collector open-telemetry/opentelemetry-collector' },
    { name: 'cd glued to a $ prompt (hunt am/09)', input: '$cd collector/' },
    { name: 'sudo glued to a $ prompt', input: '$sudo systemctl restart kubelet' },
  ])('prompt without kubectl: $name', ({ input }) => expect(classifyLine(input)).toEqual({ type: 'prompt', command: null }));

  test.each([
    { name: 'prose mentioning kubectl', input: 'When I run kubectl it fails' },
    { name: 'a help text\'s line with a lone dash', input: '                       kubectl - repl command' },
    { name: 'a row', input: 'kube-system   coredns-66bff467f8-4j4lj   1/1   Running   1   22h' },
    { name: 'Korean prose', input: '컴포넌트 리스트' },
    { name: 'a row of namespace kg', input: 'kg web-0 1/1 Running 0 5d' },
    { name: 'a row of namespace kgp', input: 'kgp web-0 1/1 Running 0 5d' },
    { name: 'describe output', input: 'Host Port:      <none>' },
    { name: 'a row of namespace time', input: 'time web-0 1/1 Running 0 5d' },
    { name: 'k9s header: a label, an address, a key in angle brackets', input: '  User:    admin@k3d-k3s-dev                                      <d>      Describe' },
    { name: 'an address in prose before a sign', input: 'mail me@example.com if the count is > 3' },
    { name: 'a row of namespace helm, its pod named test', input: 'helm   test   1/1   Running   0   5d' },
    { name: 'a sentence starting with helm and a verb', input: 'helm install, then wait for the pods' },
    { name: 'helm alone', input: 'helm install' },
    { name: 'a quoted sentence starting with helm', input: '> helm install, then wait for the pods' },
    { name: 'a bullet listing a version (hunt ai/25)', input: 'k8s version v1.22.17' },
    { name: 'kubectl and its version in a list', input: 'kubectl version 1.28.3' },
    { name: 'a quoted row of namespace helm', input: '> helm   test   1/1   Running   0   5d' },
    { name: 'prose starting with Every', input: 'Every pod is fine' },
    { name: 'a shell variable in prose', input: '$HOME is set' },
    { name: 'a PowerShell assignment', input: '$ns = "kube-system"' },
    { name: 'a $cd that reads as a sentence', input: '$cd and then the pods' },
    { name: '$helm alone', input: '$helm' },
    { name: "zarf's report of a finished command, printed after its output (hunt al/03)", input: '  ✔  Completed "./zarf tools kubectl get gitrepo -n bigbang"' },
    { name: "zarf's report without the check mark (hunt al/04)", input: 'Completed "./zarf tools kubectl get pods -A"' },
  ])('not a prompt: $name', ({ input }) => expect(classifyLine(input).type).toBe('text'));
});

test.each([
  { name: 'a Korean particle glued to the last word', input: '# kubectl get pods는 파드를 수집하여 출력', args: ['pods'], all: false, wide: false },
  { name: 'Korean after the flags', input: 'kubectl get pods -o wide 명령을 실행해 파드가 배포된 워커 노드를 확인한다.', args: ['pods'], all: false, wide: true },
  { name: 'a prompt quoted in a Korean sentence', input: '아래는 [root@m-k8s ~]# k get po -A 결과입니다.', args: ['po'], all: true, wide: false },
  { name: 'a shell comment after the command', input: '$ kubectl get pods -A   # 모든 파드', args: ['pods'], all: true, wide: false },
])('the sentence around a command is not its arguments: $name', ({ input, args, all, wide }) => {
  const c = classifyLine(input);
  expect(c.type === 'prompt' ? [c.command?.args, c.command?.allNamespaces, c.command?.wide, c.command?.filtered] : null).toEqual([args, all, wide, false]);
});

test('a command in backticks ends at the closing one', () => {
  const c = classifyLine('-> `kubectl get po -A -o wide`');
  expect(c.type === 'prompt' ? [c.command?.args, c.command?.allNamespaces, c.command?.wide] : null).toEqual([['po'], true, true]);
});

test('prose after a quoted command is not its arguments', () => {
  const c = classifyLine('B: Ejecutar "kubectl get pods" con el argumento ***--watch*** para ver los cambios');
  expect(c.type === 'prompt' ? [c.command?.args, c.command?.watch, c.command?.filtered] : null).toEqual([['pods'], false, false]);
});

describe('prompts running something else', () => {
  test.each([
    { name: "killercoda's bare prompt", input: 'controlplane $', type: 'prompt' },
    { name: "KodeKloud's bare prompt", input: 'controlplane ~ ➜', type: 'prompt' },
    { name: 'a namespace and a name before a dollar are no prompt', input: 'kube-system web-0 $', type: 'text' },
    { name: 'an AsciiDoc attribute is no prompt', input: '[source,shell]', type: 'text' },
    { name: 'a bracketed CentOS prompt', input: '[root@hdss7-21 ~]# systemctl restart docker', type: 'prompt' },
    { name: 'a bracketed prompt with a path', input: '[vagrant@ose3-master /etc/origin]$ sudo oadm router --replicas=1', type: 'prompt' },
    { name: 'a bracketed note in prose stays text', input: '[note@2021] we restarted docker here', type: 'text' },
    { name: 'a bracketed root prompt, no space after # (z/04)', input: '[root@m1 ~]#init 0', type: 'prompt' },
    { name: 'a bracketed root prompt glued to ping (z/04)', input: '[root@m2 ~]#ping 192.168.50.11', type: 'prompt' },
    { name: 'a bracketed user prompt glued to its command', input: '[vagrant@fedora ~]$ls -la', type: 'prompt' },
    { name: 'helm behind a conda prompt (y/17)', input: '(base) username@username-GL73-8SE:~/manfiest_jobs$ helm ls -A', type: 'prompt' },
    { name: 'helm get behind a conda prompt (y/17)', input: '(base) username@username-GL73-8SE:~/manfiest_jobs$ helm get values kai-scheduler -n kai-scheduler', type: 'prompt' },
    { name: 'a conda prompt alone', input: '(base) pax@ithaki:~$', type: 'prompt' },
    { name: 'a root prompt behind kube-ps1', input: '(⎈|ctx:ns) root@k8s-m:~/yaml# helm list', type: 'prompt' },
    { name: 'an address in parentheses then prose stays text', input: '(see) mail me@example.com$ for details', type: 'text' },
    { name: 'helm with its namespace flag before its command (hunt au/24)', input: 'helm -n skas-system upgrade -i dex dex/dex --values ./values.dex.yaml', type: 'prompt' },
    { name: 'helm with --namespace= before its command', input: 'helm --namespace=web list -a', type: 'prompt' },
    { name: 'a row of namespace helm stays text', input: 'helm   test-0   1/1   Running   0   5d', type: 'text' },
    { name: 'helm and a flag alone stay text', input: 'helm -n web', type: 'text' },
    { name: 'a host in parentheses, a path and # apart, then helm (hunt bi/14)', input: '(kube-master) ~ # helm init', type: 'prompt' },
    { name: 'the same prompt before an alias running logs (hunt bi/14)', input: '(kube-master) ~ # kcm logs tiller-deploy-2954955751-t1z8p', type: 'prompt' },
    { name: 'an environment in parentheses, an absolute path and $', input: '(venv) /opt/app $ ls -la', type: 'prompt' },
    { name: 'the same prompt alone', input: '(kube-master) ~ #', type: 'prompt' },
    { name: 'a word in parentheses, then no path before the # stays text', input: '(note) see # 3 below', type: 'text' },
    { name: 'a URL in parentheses-led prose stays text', input: '(mirror) //example.com # docs', type: 'text' },
    { name: 'a full-width hash glued to a command without kubectl (hunt bk/05)', input: '＃get pods --all-namespaces', type: 'prompt' },
    { name: 'a full-width hash alone', input: '＃', type: 'prompt' },
    { name: "agnoster's parts alone, their separators lost in the copy (hunt cm/19)", input: normalizeLine(' humanfirmware@darwin  ~/devops_airtel/k8s/day8   master  '), type: 'prompt' },
    { name: 'a path, a branch and a doubled prompt glyph running vi (hunt cm/22)', input: '~/Git/udemy/kubernetes-labs/dudes-projects • section3-our-1st-app ❯❯ vi deployment.yaml', type: 'prompt' },
    { name: '... and the same prompt alone', input: '~/Git/udemy/kubernetes-labs • section3-deployments ❯❯❯', type: 'prompt' },
    { name: 'an address, a path and prose stays text', input: 'me@example.com /srv/share is where it lives', type: 'text' },
    { name: 'a path then prose stays text', input: '~/dir and more words here', type: 'text' },
    { name: "bash's report of a finished job names its command but is no prompt (hunt ch/19)", input: normalizeLine('^C[2]-  Exit 1                  kubectl -n elastic port-forward --address 0.0.0.0 service/lab-kb-kb-http 5601:5601'), type: 'text' },
    { name: "... nor a job that is done", input: '[1]+  Done                    kubectl port-forward svc/web 8080:80', type: 'text' },
    { name: "a two-line prompt's first line, kube-ps1 after it (hunt cp/13)", input: '╭─macno@jalapeno ~  (⎈ |ak-test:default)', type: 'prompt' },
    { name: "its second line running another program (hunt cp/13)", input: '╰─➤  kc ak test kube-system', type: 'prompt' },
    { name: 'its second line alone (hunt cp/13)', input: '╰─➤', type: 'prompt' },
    { name: "Kali's first line", input: '┌──(kali㉿kali)-[~/k8s]', type: 'prompt' },
    { name: "Kali's second line running another program", input: '└─$ ls -la', type: 'prompt' },
    { name: "Parrot's frame", input: '┌─[user@parrot]─[~]', type: 'prompt' },
    { name: "Parrot's second line, its prompt character apart", input: '└──╼ $ls', type: 'prompt' },
    { name: "a tree's branch stays text", input: '└─ web-0', type: 'text' },
    { name: "a tree's branch pointing with > stays text", input: '└─> web-0   1/1   Running', type: 'text' },
    { name: "a box's top line without user@host stays text", input: '┌── notes ──┐', type: 'text' },
  ])('$name', ({ input, type }) => {
    const c = classifyLine(input);
    expect(c.type).toBe(type);
    if (c.type === 'prompt') expect(c.command).toBeNull();
  });
});

describe("kubectl-aliases' names", () => {
  test.each([
    { alias: 'kgpoallowide', all: true, wide: true, watch: false, ns: null },
    { alias: 'kgpow', all: false, wide: false, watch: true, ns: null },
    { alias: 'ksysgpoowide', all: false, wide: true, watch: false, ns: 'kube-system' },
    { alias: 'kgpowsl', all: false, wide: false, watch: true, ns: null },
  ])('$alias', ({ alias, all, wide, watch, ns }) => {
    const c = classifyLine(`$ ${alias}`);
    expect(c.type === 'prompt' ? [c.command?.verb, c.command?.args, c.command?.allNamespaces, c.command?.wide, c.command?.watch, c.command?.namespace] : null).toEqual(['get', ['pods'], all, wide, watch, ns]);
    expect(isAlias(alias)).toBe(true);
  });
  test.each(['kgpox', 'kg', 'keep', 'kgz'])('%s is no such alias', (word) => expect(isAlias(word) && word !== 'kg').toBe(false));
  test('kgno lists nodes, not pods', () => {
    const c = classifyLine('$ kgno');
    expect(c.type === 'prompt' ? c.command?.args : null).toEqual(['nodes']);
  });
});

describe('forbiddenVars', () => {
  test.each([
    { name: 'a namespace, the core group (hunt cz/23)', text: 'Error from server (Forbidden): pods is forbidden: User "takashi" cannot create resource "pods" in API group "" in the namespace "takashi"', expected: { user: 'takashi', verb: 'create', resource: 'pods', namespace: 'takashi' } },
    { name: 'a named group, as can-i takes it', text: 'Error from server (Forbidden): deployments.apps is forbidden: User "dev" cannot list resource "deployments" in API group "apps" at the cluster scope', expected: { user: 'dev', verb: 'list', resource: 'deployments.apps', namespace: '' } },
    { name: 'a subresource', text: 'Error from server (Forbidden): pods "web-0" is forbidden: User "dev" cannot get resource "pods/log" in API group "" in the namespace "shop"', expected: { user: 'dev', verb: 'get', resource: 'pods/log', namespace: 'shop' } },
    { name: 'before 1.11', text: 'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list pods in the namespace "default"', expected: { user: 'system:serviceaccount:default:default', verb: 'list', resource: 'pods', namespace: 'default' } },
  ])('$name', ({ text, expected }) => {
    expect(forbiddenVars(text)).toEqual(expected);
  });
});

describe('parseCommand', () => {
  const cases = [
    { name: '-n value', words: ['get', 'pods', '-n', 'kube-system'], field: 'namespace', expected: 'kube-system' },
    { name: 'a field selector on the node', words: ['get', 'pods', '-A', '--field-selector', 'spec.nodeName=10.200.220.157'], field: 'nodeName', expected: '10.200.220.157' },
    { name: 'a field selector on the node, with = and ==', words: ['get', 'pods', '--field-selector=status.phase=Running,spec.nodeName==w1'], field: 'nodeName', expected: 'w1' },
    { name: 'a colon after the command is prose', words: ['-n', 'elastic-system', 'get', 'pods', '-o', 'wide:'], field: 'wide', expected: true },
    { name: 'a colon after the namespace is prose', words: ['get', 'pods', '-n', 'shop:'], field: 'namespace', expected: 'shop' },
    { name: 'another field selector', words: ['get', 'pods', '--field-selector', 'status.phase=Failed'], field: 'nodeName', expected: null },
    { name: 'a field selector on the phase (cz/16)', words: ['get', 'pods', '--all-namespaces', '--field-selector=status.phase=Failed'], field: 'phase', expected: 'Failed' },
    { name: 'a field selector on the phase, with == beside the node', words: ['get', 'pods', '--field-selector', 'spec.nodeName=w1,status.phase==Succeeded'], field: 'phase', expected: 'Succeeded' },
    { name: 'a field selector leaving one phase out names none', words: ['get', 'pods', '--field-selector', 'status.phase!=Running'], field: 'phase', expected: null },
    { name: 'a phase kubernetes does not have names none', words: ['get', 'pods', '--field-selector', 'status.phase=Error'], field: 'phase', expected: null },
    { name: 'a quoted custom-columns spec', words: ['get', 'po', '-o', 'custom-columns="name:metadata.name,node:spec.nodeName"'], field: 'output', expected: 'custom-columns=name:metadata.name,node:spec.nodeName' },
    { name: 'a Job by its label', words: ['get', 'pods', '-l', 'job-name=pi'], field: 'jobName', expected: 'pi' },
    { name: 'a Job by its label, attached and among others', words: ['get', 'pods', '-lapp=x,job-name==pi-2'], field: 'jobName', expected: 'pi-2' },
    { name: 'a Job by its batch label, quoted', words: ['get', 'pods', '--selector', "'batch.kubernetes.io/job-name=pi'"], field: 'jobName', expected: 'pi' },
    { name: 'another label', words: ['get', 'pods', '-l', 'app=pi'], field: 'jobName', expected: null },
    { name: 'a set-based selector is no single Job', words: ['get', 'pods', '-l', 'job-name in (a,b)'], field: 'jobName', expected: null },
    { name: 'a pipe glued to the namespace', words: ['get', 'all', '-n', 'soans|grep', 'deploy'], field: 'namespace', expected: 'soans' },
    { name: 'a pipe glued to the namespace pipes', words: ['get', 'all', '-n', 'soans|grep', 'deploy'], field: 'pipedTo', expected: 'grep' },
    { name: 'a pipe glued to a flag', words: ['get', 'pods', '-A|grep', 'etcd'], field: 'allNamespaces', expected: true },
    { name: 'a quoted pipe is a value', words: ['get', 'pods', '-l', "'app in (a|b)'"], field: 'pipedTo', expected: null },
    { name: '--namespace value', words: ['get', 'pods', '--namespace', 'x'], field: 'namespace', expected: 'x' },
    { name: '-nns attached', words: ['get', 'pods', '-nkube-system'], field: 'namespace', expected: 'kube-system' },
    { name: '--namespace=ns', words: ['get', 'pods', '--namespace=x'], field: 'namespace', expected: 'x' },
    { name: '-A', words: ['get', 'pods', '-A'], field: 'allNamespaces', expected: true },
    { name: '--all-namespaces', words: ['get', 'pods', '--all-namespaces'], field: 'allNamespaces', expected: true },
    { name: '-o wide', words: ['get', 'pods', '-o', 'wide'], field: 'wide', expected: true },
    { name: '-owide', words: ['get', 'pods', '-owide'], field: 'wide', expected: true },
    { name: '--output=wide', words: ['get', 'pods', '--output=wide'], field: 'wide', expected: true },
    { name: '-o yaml is not wide', words: ['get', 'pods', '-o', 'yaml'], field: 'wide', expected: false },
    { name: '-w', words: ['get', 'pods', '-w'], field: 'watch', expected: true },
    { name: 'combined -Aw', words: ['get', 'pods', '-Aw'], field: 'watch', expected: true },
    { name: '--show-labels', words: ['get', 'pods', '--show-labels'], field: 'showLabels', expected: true },
    { name: '-L two keys', words: ['get', 'pods', '-L', 'app,tier'], field: 'labelColumns', expected: ['app', 'tier'] },
    { name: 'pipe to grep', words: ['get', 'pods', '|', 'grep', 'web'], field: 'pipedTo', expected: 'grep' },
    { name: 'piped into kubectl get -w: the get prints (cz/05)', words: ['delete', 'pods', '-l', 'app=frontend', '|', 'kubectl', 'get', 'pods', '-l', 'app=frontend', '-w'], field: 'watch', expected: true },
    { name: 'piped into kubectl get: its verb', words: ['apply', '-f', 'x.yaml', '|', 'kubectl', 'get', 'pods', '-n', 'shop'], field: 'namespace', expected: 'shop' },
    { name: 'piped into kubectl get: its selector filters', words: ['delete', 'pods', '--all', '|', 'kubectl', 'get', 'pods', '-l', 'app=x'], field: 'filtered', expected: true },
    { name: 'piped into a glued |kubectl', words: ['apply', '-f', 'x.yaml', '|kubectl', 'get', 'po', '-w'], field: 'verb', expected: 'get' },
    { name: 'verb', words: ['-n', 'x', 'get', 'po'], field: 'verb', expected: 'get' },
    { name: "exec's command after --: its -w is nc's, no watch (dw/05)", words: ['exec', 'client', '--', 'nc', '-v', '-z', '10.200.0.3', '2222', '-w', '5'], field: 'watch', expected: false },
    { name: "exec's command after --: its -n is no namespace", words: ['exec', 'web-0', '--', 'head', '-n', '5', 'f.txt'], field: 'namespace', expected: null },
    { name: 'args', words: ['get', 'po,svc'], field: 'args', expected: ['po,svc'] },
    { name: 'logs -f is --follow: -n after it keeps its value', words: ['logs', '-f', '-n', 'pinot-quick-start', 'web-0'], field: 'namespace', expected: 'pinot-quick-start' },
    { name: 'logs -f is --follow: the pod after it is an argument', words: ['logs', '-f', 'web-0', '-n', 'x'], field: 'args', expected: ['web-0'] },
    { name: 'logs -fn combined', words: ['logs', '-fn', 'shop', 'web-0'], field: 'namespace', expected: 'shop' },
    { name: 'log -f (the old verb)', words: ['log', '-f', '-n', 'shop', 'web-0'], field: 'namespace', expected: 'shop' },
    { name: 'logs -f after -n', words: ['-n', 'shop', 'logs', '-f', 'web-0'], field: 'args', expected: ['web-0'] },
    { name: 'get -f takes a file', words: ['get', '-f', 'pods.yaml', '-n', 'shop'], field: 'args', expected: [] },
    { name: 'apply -f takes a file, -n after it', words: ['apply', '-f', '-n', 'shop'], field: 'namespace', expected: null },
    { name: "a sentence's word before the colon is no pod name (ao/19)", words: ['get', 'pod', 'gives:'], field: 'args', expected: ['pod'] },
    { name: "a sentence's words before the colon are no pod names", words: ['get', 'pods', '-n', 'shop', 'returns', 'this:'], field: 'args', expected: ['pods'] },
    { name: "a sentence's words before the colon leave the listing whole", words: ['get', 'pods', 'I', 'get:'], field: 'filtered', expected: false },
    { name: "a flag's value before the colon stays, even one a sentence uses", words: ['get', 'pods', '-n', 'output:'], field: 'namespace', expected: 'output' },
    { name: 'a pod name before the colon stays', words: ['get', 'pod', 'web-0:'], field: 'args', expected: ['pod', 'web-0'] },
  ] as const;
  test.each(cases)('$name', ({ words, field, expected }) => {
    expect(parseCommand(words, 'kubectl')[field]).toEqual(expected);
  });
});

describe('HTML left in a paste', () => {
  test('list tags closing a row are dropped', () => {
    expect(normalizeLine('web-0   1/1   Running   0   5d   &lt;none&gt;</code></pre></li>')).toBe('web-0   1/1   Running   0   5d   <none>');
  });
  test.each([
    { name: "a folded block's summary (u/20)", input: '  <summary>kubectl get pods -A</summary>', line: 'kubectl get pods -A' },
    { name: 'the details tag alone', input: '<details>', line: '' },
    { name: "kubectl's own <none> stays", input: 'web-0   1/1   Running   0   5d   <none>', line: 'web-0   1/1   Running   0   5d   <none>' },
  ])('$name', ({ input, line }) => {
    expect(normalizeLine(input)).toBe(line);
  });
  test('the command in a summary is the command, without the closing tag', () => {
    const cls = classifyLine(normalizeLine('<summary>kubectl get pods -A</summary>'));
    expect(cls.type === 'prompt' ? [cls.command?.text, cls.command?.allNamespaces] : null).toEqual(['kubectl get pods -A', true]);
  });
});

describe('a sentence that starts with kubectl and a verb is prose', () => {
  test.each([
    { name: 'describe of the pod (u/26)', input: 'kubectl describe of the pending pod `coredns-7c5566588d-l6hh7`  has the below error', command: null },
    { name: 'get shows', input: 'kubectl get shows the pods as Pending', command: null },
    { name: 'a numbered step, a comma after the resource (z/13)', input: normalizeLine('3. kubectl get pod, got to many pods with outOfMemory Status.'), command: null },
    { name: 'a comma after a pod name, then words', input: 'kubectl describe pod web-0, which says it is evicted', command: null },
    { name: 'a numbered step that is the command', input: normalizeLine('3. kubectl get pods -A'), command: 'kubectl get pods -A' },
    { name: "a set-based selector's comma and space", input: "kubectl get pods -l 'environment in (production, qa)'", command: "kubectl get pods -l 'environment in (production, qa)'" },
    { name: 'kinds joined by a comma are one argument', input: normalizeLine('3. kubectl get pod,svc -n shop'), command: 'kubectl get pod,svc -n shop' },
    { name: 'a comma after a prompt stays the command as typed', input: '$ kubectl get pod, svc', command: 'kubectl get pod, svc' },
    { name: 'a real describe', input: 'kubectl describe pod coredns-7c5566588d-l6hh7 -n kube-system', command: 'kubectl describe pod coredns-7c5566588d-l6hh7 -n kube-system' },
    { name: 'a real get after a prompt', input: '$ kubectl get pods -n the-shop', command: 'kubectl get pods -n the-shop' },
    { name: "a word of the sentence glued on before its colon (ao/19)", input: 'kubectl get pod gives:', command: 'kubectl get pod' },
    { name: 'words of the sentence after the flags, then a colon', input: 'kubectl get pods -A -o wide shows the following:', command: 'kubectl get pods -A -o wide' },
    { name: "a capitalised tool's verb and file (an/30)", input: 'Kubectl apply -f https://example.com/manifests/cluster.yaml', command: 'Kubectl apply -f https://example.com/manifests/cluster.yaml' },
    { name: 'a sentence starting with the capitalised tool', input: 'Kubectl logs are where to look first', command: null },
    { name: 'the capitalised tool alone in a sentence', input: 'Kubectl is the command-line tool', command: null },
  ])('$name', ({ input, command }) => {
    const cls = classifyLine(input);
    expect(cls.type === 'prompt' ? (cls.command?.text ?? null) : null).toBe(command);
  });
});

describe('a prompt glued onto the end of a line', () => {
  test.each([
    { name: 'glued to a node row (u/21)', input: 'k3s-a   Ready    <none>   3m56s   v1.22.11+k3s1$ kubectl get po -A', rest: '$ kubectl get po -A' },
    { name: 'glued to a pod row', input: 'web-1   1/1     Running   0          5d$ kubectl get nodes', rest: '$ kubectl get nodes' },
    { name: 'its mark alone after the row', input: 'web-1   1/1     Running   0          5d   # k get po', rest: '# k get po' },
    { name: 'a prompt of its own: fewer words before it', input: 'user@host:~/k8s $ kubectl get nodes', rest: null },
    { name: 'no command after the mark', input: 'web-1   1/1     Running   0          5d   # restarted by hand', rest: null },
    { name: 'a row alone', input: 'web-1   1/1     Running   0          5d', rest: null },
  ])('$name', ({ input, rest }) => {
    const at = gluedPromptAt(input);
    expect(at < 0 ? null : input.slice(at)).toBe(rest);
  });
});

describe("kube-ps1's namespace on a line of its own", () => {
  test.each([
    { name: "a two-line prompt's first line (u/32)", input: '╭─macno@jalapeno ~  (⎈ |ak-test:kube-system)', ns: 'kube-system' },
    { name: 'without the space', input: '(⎈|kind-kind:horizoncd) ~', ns: 'horizoncd' },
    { name: 'no namespace set', input: '(⎈|HomeLab:N/A) ~', ns: null },
    { name: 'no segment', input: '╭─macno@jalapeno ~', ns: null },
  ])('$name', ({ input, ns }) => {
    expect(kubePs1Namespace(input)).toBe(ns);
  });
});

describe('messages and headers', () => {
  test.each([
    { name: 'no resources in namespace', input: 'No resources found in default namespace.', expected: 'no-resources' },
    { name: 'no resources', input: 'No resources found', expected: 'no-resources' },
    { name: 'kubectl error', input: 'error: the server doesn\'t have a resource type "po"', expected: 'kubectl-error' },
    { name: 'a pod name taken for a resource type, the type left out (dn/09)', input: 'error: the server doesn\'t have a resource type "falco-s6wg8"', expected: 'resource-type-pod' },
    { name: 'a Job pod name taken for a resource type (dn/16)', input: 'error: the server doesn\'t have a resource type "node-collector-8659c6984c-jc4nr"', expected: 'resource-type-pod' },
    { name: 'a CRD plural with dashes is no pod name', input: 'error: the server doesn\'t have a resource type "network-attachment-definitions"', expected: 'kubectl-error' },
    { name: 'a short name ending in a word is no pod name', input: 'error: the server doesn\'t have a resource type "net-attach-def"', expected: 'kubectl-error' },
    { name: 'a five-letter word with vowels after a dash is no generated suffix', input: 'error: the server doesn\'t have a resource type "kube-nodes"', expected: 'kubectl-error' },
    { name: 'server error', input: 'Error from server (NotFound): pods "x" not found', expected: 'server-error' },
    { name: "CoreDNS's klog line: no route to the API's Service address (df/18)", input: 'E0723 15:05:09.874629       1 reflector.go:205] github.com/coredns/coredns/plugin/kubernetes/controller.go:320: Failed to list *v1.Namespace: Get https://10.96.0.1:443/api/v1/namespaces?limit=500&resourceVersion=0: dial tcp 10.96.0.1:443: connect: no route to host', expected: 'api-service-unreachable' },
    { name: "Weave's fatal line: a timeout on the Service address (cu/03)", input: 'FATA: 2023/07/05 05:09:36.639718 [kube-peers] Could not get peers: Get "https://10.96.0.1:443/api/v1/nodes": dial tcp 10.96.0.1:443: i/o timeout', expected: 'api-service-unreachable' },
    { name: "a logrus line from an operator's log (Kubeless, dx/04)", input: 'time="2020-09-02T00:54:46Z" level=fatal msg="Unable to read the configmap: Error while fetching config location: Get https://10.96.0.1:443/apis/apiextensions.k8s.io/v1beta1/customresourcedefinitions/functions.kubeless.io: dial tcp 10.96.0.1:443: i/o timeout"', expected: 'api-service-unreachable' },
    { name: "kubectl's own discovery failing on a private endpoint stays a klog line", input: 'E0101 10:00:00.000000   12345 memcache.go:265] couldn\'t get current server API group list: Get "https://10.0.0.5:443/api?timeout=32s": dial tcp 10.0.0.5:443: i/o timeout', expected: 'klog' },
    { name: 'a public endpoint is no Service address', input: 'E0723 15:05:09.874629       1 reflector.go:205] Failed to list *v1.Pod: Get https://34.1.2.3:443/api/v1/pods: dial tcp 34.1.2.3:443: i/o timeout', expected: 'klog' },
    { name: 'another port is no Service address either', input: 'E0723 15:05:09.874629       1 reflector.go:205] Failed to list *v1.Pod: Get https://10.0.0.5:6443/api/v1/pods: dial tcp 10.0.0.5:6443: i/o timeout', expected: 'klog' },
    { name: 'the API server timing out on the kubelet (k0s, hunt aa/23)', input: 'Error from server: error dialing backend: dial tcp 10.0.2.15:10250: i/o timeout', expected: 'kubelet-unreachable' },
    { name: "the kubelet's serving certificate refused", input: 'Error from server: error dialing backend: remote error: tls: internal error', expected: 'kubelet-unreachable' },
    { name: 'logs through a kubelet the API server cannot route to', input: 'Error from server: Get "https://10.0.1.7:10250/containerLogs/default/web-0/web": dial tcp 10.0.1.7:10250: connect: no route to host', expected: 'kubelet-unreachable' },
    { name: 'logs of a container not started yet (hunt cw/03)', input: 'Error from server (BadRequest): container "installer" in pod "ks-installer-7d9fb945c7-5nfsq" is waiting to start: ContainerCreating', expected: 'container-waiting' },
    { name: 'logs of a container behind its init containers (hunt cu/02)', input: 'Error from server (BadRequest): container "install-cni" in pod "kube-flannel-ds-42k6p" is waiting to start: PodInitializing', expected: 'container-waiting' },
    { name: "logs of a container whose image the kubelet can't pull", input: 'Error from server (BadRequest): container "web" in pod "web-0" is waiting to start: trying and failing to pull image', expected: 'container-waiting' },
    { name: 'another BadRequest stays the server\'s answer', input: 'Error from server (BadRequest): previous terminated container "web" in pod "web-0" not found', expected: 'server-error' },
    { name: 'a binary for another CPU (hunt cu/02)', input: 'exec /bin/cp: exec format error', expected: 'exec-format-error' },
    { name: 'an entrypoint script for another CPU (codecentric/helm-charts#719)', input: 'exec /opt/bitnami/scripts/postgresql/entrypoint.sh: exec format error', expected: 'exec-format-error' },
    { name: "old runc's words for a binary for another CPU", input: 'standard_init_linux.go:228: exec user process caused: exec format error', expected: 'exec-format-error' },
    { name: 'another exec failure is no CPU mismatch', input: 'exec /docker-entrypoint.sh: no such file or directory', expected: null },
    { name: 'a refusal that names no kubelet nor scope stays the server\'s answer', input: 'Error from server (Forbidden): pods "web-0" is forbidden: User "dev" cannot get resource "pods/log"', expected: 'server-error' },
    { name: 'RBAC refusing a namespace (hunt cz/23)', input: 'Error from server (Forbidden): pods is forbidden: User "takashi" cannot list resource "pods" in API group "" in the namespace "takashi"', expected: 'forbidden' },
    { name: 'RBAC refusing the cluster scope', input: 'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:runner" cannot list resource "pods" in API group "" at the cluster scope', expected: 'forbidden-cluster' },
    { name: 'RBAC before 1.11', input: 'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list pods in the namespace "default"', expected: 'forbidden' },
    { name: 'admission refusing a pod for its quota: no pod to list, not RBAC', input: 'Error from server (Forbidden): pods "web-0" is forbidden: exceeded quota: compute, requested: cpu=2, used: cpu=3, limited: cpu=4', expected: 'quota-exceeded' },
    { name: "a ReplicaSet's FailedCreate event for its quota, pasted as a line (hunt dk/20)", input: '6m          6m           1         prometheus-operator-d75587d6.1556679b4e14bff3         ReplicaSet               Warning   FailedCreate   replicaset-controller   Error creating: pods "prometheus-operator-d75587d6-w2tz8" is forbidden: exceeded quota: namespace-quota, requested: limits.cpu=1, used: limits.cpu=5426m, limited: limits.cpu=6', expected: 'quota-exceeded' },
    { name: 'Pod Security admission refusing a pod (rancher/k3k#578)', input: 'Error from server (Forbidden): error when creating "pod.yaml": pods "web-0" is forbidden: violates PodSecurity "restricted:latest": runAsNonRoot != true (pod or container "web" must set securityContext.runAsNonRoot=true)', expected: 'pod-security-refused' },
    { name: "a ReplicaSet's FailedCreate under PodSecurityPolicy, from describe (er/15)", input: 'Warning  FailedCreate  0s (x13 over 21s)  replicaset-controller  Error creating: pods "nginx-65899c769f-" is forbidden: unable to validate against any pod security policy: []', expected: 'pod-security-refused' },
    { name: 'an OpenShift SCC refusing a pod, as a get events line', input: '4m36s       Warning   FailedCreate          statefulset/db      create Pod db-0 in StatefulSet db failed error: pods "db-0" is forbidden: unable to validate against any security context constraint: [provider "anyuid": Forbidden: not usable by user or serviceaccount]', expected: 'pod-security-refused' },
    { name: "Pod Security's warning admits the pod: no refusal", input: 'Warning: would violate PodSecurity "restricted:latest": forbidden sysctls (net.core.somaxconn, kernel.msgmax)', expected: 'kubectl-warning' },
    { name: "the kubelet's runAsNonRoot refusal, as describe's event (er/01)", input: 'Warning  Failed     7m33s (x8 over 9m4s)   kubelet            Error: container has runAsNonRoot and image will run as root (pod: "pac-controller-5dbd46fcf5-zsbn4_pac(d5a40aa3)", container: pac-controller)', expected: 'run-as-root' },
    { name: 'the same for a USER given by name', input: 'Error: container has runAsNonRoot and image has non-numeric user (redpanda), cannot verify user is non-root', expected: 'run-as-root' },
    { name: 'a quota named without its numbers is no refusal of this shape', input: 'Error from server (Forbidden): pods "web-0" is forbidden: failed quota: compute: must specify limits.cpu', expected: 'server-error' },
    { name: 'connection refused', input: 'The connection to the server localhost:8080 was refused - did you specify the right host or port?', expected: 'connection-refused' },
    { name: 'a configured server refused the connection (hunt bw/08)', input: 'The connection to the server cluster2-controlplane:6443 was refused - did you specify the right host or port?', expected: 'server-refused' },
    { name: 'unable to connect', input: 'Unable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout', expected: 'unable-to-connect' },
    { name: 'three dots', input: '...', expected: 'ellipsis' },
    { name: 'ellipsis character', input: '…', expected: 'ellipsis' },
    { name: 'a colon alone (Japanese notes)', input: ':', expected: 'ellipsis' },
    { name: 'lines left out, said in words', input: '[..snipped..]', expected: 'ellipsis' },
    { name: 'a vertical ellipsis', input: '︙', expected: 'ellipsis' },
    { name: "Chinese notes' six dots (hunt az/12)", input: '......', expected: 'ellipsis' },
    { name: 'four dots (hunt aj/03)', input: '....', expected: 'ellipsis' },
    { name: "Chinese's doubled ellipsis", input: '……', expected: 'ellipsis' },
    { name: 'a long rule of dots is no ellipsis', input: '.............', expected: null },
    { name: 'dots with words is no ellipsis', input: '...... done', expected: null },
    { name: 'klog warning', input: 'W1125 12:00:01.123456   12345 warnings.go:70] deprecated', expected: 'klog' },
    { name: 'klog error', input: 'E1125 12:00:01.123456   12345 memcache.go:265] couldn\'t get', expected: 'klog' },
    { name: 'certificate expired (cookeem/kubeadm-ha#44, hunt z/24)', input: 'Unable to connect to the server: x509: certificate has expired or is not yet valid', expected: 'certificate-expired' },
    { name: 'certificate not yet valid, with the times Go adds (k0s#1766)', input: 'Unable to connect to the server: x509: certificate has expired or is not yet valid: current time 2022-05-27T17:18:31Z is before 2022-05-27T20:50:00Z', expected: 'certificate-expired' },
    { name: 'certificate expired, as newer Go words the TLS failure', input: 'Unable to connect to the server: tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2024-03-02T10:11:12+08:00 is after 2024-02-28T09:10:11Z', expected: 'certificate-expired' },
    { name: 'another x509 failure (an unknown CA) is no expiry', input: 'Unable to connect to the server: x509: certificate signed by unknown authority', expected: 'unable-to-connect' },
    { name: "kubectl's error on a request the certificate stopped", input: 'error: unable to recognize "deploy.yaml": Get https://10.0.0.1:6443/api?timeout=32s: x509: certificate has expired or is not yet valid', expected: 'certificate-expired' },
    { name: "client-go's klog line on the certificate above kubectl's error", input: 'E0302 10:11:12.123456   4242 memcache.go:265] couldn\'t get current server API group list: Get "https://10.0.0.1:6443/api?timeout=32s": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2024-03-02T10:11:12+08:00 is after 2024-02-28T09:10:11Z', expected: 'certificate-expired' },
    { name: "a webhook's expired certificate is the server's answer, not kubeadm's", input: 'Error from server (InternalError): Internal error occurred: failed calling webhook "webhook.cert-manager.io": Post "https://cert-manager-webhook.cert-manager.svc:443/mutate?timeout=10s": x509: certificate has expired or is not yet valid', expected: 'server-error' },
    { name: "metrics-server's API not serving (hunt x/17)", input: 'E0411 12:36:32.181316   19120 memcache.go:287] couldn\'t get resource list for metrics.k8s.io/v1beta1: the server is currently unable to handle the request', expected: 'metrics-api-unavailable' },
    { name: "an add-on's API not serving (hunt x/16)", input: 'E1217 14:00:14.008416  413148 memcache.go:121] couldn\'t get resource list for spdx.softwarecomposition.kubescape.io/v1beta1: the server is currently unable to handle the request', expected: 'apiservice-unavailable' },
    { name: "a custom metrics adapter's API is not metrics-server's (k3s#7427)", input: 'E0504 17:44:42.748706 2168494 memcache.go:287] couldn\'t get resource list for custom.metrics.k8s.io/v1beta1: the server is currently unable to handle the request', expected: 'apiservice-unavailable' },
    { name: "kubectl top finding no metrics API (k0s, hunt br/03)", input: 'error: Metrics API not available', expected: 'metrics-api-missing' },
    { name: "another error of kubectl top is still kubectl's", input: 'error: metrics not available yet', expected: 'kubectl-error' },
    { name: 'klog fatal (hunt br/12)', input: 'F0129 13:31:20.298460       1 hostpath-provisioner.go:162] Error getting server version', expected: 'klog' },
    { name: "kubectl's error naming an API that does not answer", input: 'error: unable to retrieve the complete list of server APIs: metrics.k8s.io/v1beta1: the server is currently unable to handle the request', expected: 'metrics-api-unavailable' },
    { name: 'an API that answers with no resources (KEDA with no ScaledObject) is no outage', input: 'E0123 10:00:00.000000   1234 memcache.go:287] couldn\'t get resource list for external.metrics.k8s.io/v1beta1: Got empty response for: external.metrics.k8s.io/v1beta1', expected: 'klog' },
    { name: 'API server warning', input: 'Warning: policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+', expected: 'kubectl-warning' },
    { name: 'rollout status gave up', input: 'error: deployment "csharp-api" exceeded its progress deadline', expected: 'rollout-deadline' },
    { name: 'kubectl wait giving up', input: 'error: timed out waiting for the condition on pods/eventing-webhook-9d555fbd4-hnnbm', expected: 'wait-timeout' },
    { name: 'kubectl wait giving up, as a CI log prints it', input: 'timed out waiting for the condition on pods/eventing-webhook-9d555fbd4-hnnbm', expected: 'wait-timeout' },
    { name: 'logs on a pod of several containers', input: 'error: a container name must be specified for pod prometheus-6479c8888f-hprf8, choose one of: [prometheus configmap-reload]', expected: 'container-name-needed' },
    { name: 'logs on a pod of several containers, refused by an old API server', input: 'Error from server (BadRequest): a container name must be specified for pod percona-xtradb-cluster-pxc-0, choose one of: [database logs] or one of the init containers: [remove-lost-found]', expected: 'container-name-needed' },
    { name: 'another BadRequest stays a server error', input: 'Error from server (BadRequest): pod web-0 does not have a host assigned', expected: 'server-error' },
    { name: 'a runtime error quoted from describe\'s events', input: 'Error: failed to start container "node-agent": Error response from daemon: Can\'t find mount point', expected: 'runtime-error' },
    { name: 'an image pull reason from the events', input: 'Error: ImagePullBackOff', expected: 'runtime-error' },
    { name: 'the runtime\'s gRPC error as an init container\'s STATUS, pasted alone (en/13)', input: 'Init:rpc error: code = 2 desc = Error response from daemon: create ./scripts/kubernetes/../../setup: "./scripts/kubernetes/../../setup" includes invalid characters for a local volume name', expected: 'runtime-error' },
    { name: 'a newer runtime\'s gRPC error, bare', input: 'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/nginx:bad": not found', expected: 'runtime-error' },
    { name: 'kubectl\'s own capitalised error stays kubectl\'s', input: 'Error: unknown command "gt" for "kubectl"', expected: 'kubectl-error' },
    { name: "helm's --wait giving up (hunt ak/05)", input: 'Error: timed out waiting for the condition', expected: 'helm-timeout' },
    { name: "helm 3's install giving up", input: 'Error: INSTALLATION FAILED: timed out waiting for the condition', expected: 'helm-timeout' },
    { name: "helm's --wait cut by its deadline in client-go's rate limiter (ep/35)", input: 'Error: INSTALLATION FAILED: client rate limiter Wait returned an error: rate: Wait(n=1) would exceed context deadline', expected: 'helm-timeout' },
    { name: "newer helm's --wait giving up", input: 'Error: UPGRADE FAILED: context deadline exceeded', expected: 'helm-timeout' },
    { name: 'a cluster out of reach is no wait that gave up', input: 'Error: Kubernetes cluster unreachable: Get "https://10.0.0.1:6443/version": context deadline exceeded', expected: 'kubectl-error' },
    { name: 'an Error: line that is no timeout keeps the generic id', input: 'Error: INSTALLATION FAILED: cannot re-use a name that is still in use', expected: 'kubectl-error' },
    { name: 'rollout status waiting', input: 'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...', expected: 'rollout-waiting' },
    { name: 'rollout status waiting on a DaemonSet', input: 'Waiting for daemon set "fluentd" rollout to finish: 2 of 3 updated pods are available...', expected: 'rollout-waiting' },
    { name: 'rollout status waiting, kubectl before 1.11 naming no Deployment (dy/01)', input: 'Waiting for rollout to finish: 1 out of 3 new replicas have been updated...', expected: 'rollout-waiting' },
    { name: 'rollout status done', input: 'deployment "web" successfully rolled out', expected: 'rollout-done' },
    { name: 'prose', input: 'Everything is fine.', expected: null },
    { name: "kubectl drain's own warning, in capitals (hunt cl/14)", input: 'WARNING: ignoring DaemonSet-managed Pods: kube-system/calico-node-74wdp, kube-system/kube-proxy-xwh9h', expected: 'kubectl-warning' },
    { name: 'kubectl drain naming the pod it evicts', input: 'evicting pod default/mysql-0', expected: 'resource-changed' },
    { name: 'evicting in a sentence stays prose', input: 'evicting pod web-0 took an hour', expected: null },
  ])('$name', ({ input, expected }) => expect(messageId(input)).toBe(expected));
  test.each([
    { name: 'from client-go\'s klog line', input: 'E0411 12:36:32.181316   19120 memcache.go:287] couldn\'t get resource list for metrics.k8s.io/v1beta1: the server is currently unable to handle the request', expected: 'metrics.k8s.io/v1beta1' },
    { name: "from kubectl's error", input: 'error: unable to retrieve the complete list of server APIs: spdx.softwarecomposition.kubescape.io/v1beta1: the server is currently unable to handle the request', expected: 'spdx.softwarecomposition.kubescape.io/v1beta1' },
    { name: 'another reason', input: 'E0411 12:36:32.181316   19120 memcache.go:287] couldn\'t get resource list for metrics.k8s.io/v1beta1: Unauthorized', expected: null },
    { name: 'no group and version where one belongs', input: "E0411 12:36:32.181316   19120 memcache.go:287] couldn't get resource list for : the server is currently unable to handle the request", expected: null },
    { name: 'the 503 with no API named', input: 'Error from server (ServiceUnavailable): the server is currently unable to handle the request', expected: null },
  ])('unavailableApi: $name', ({ input, expected }) => expect(unavailableApi(input)).toBe(expected));
  test.each([
    'deployment "web" successfully rolled out',
    'statefulset rolling update complete 3 pods at revision web-5d4f8c7b9...',
  ])('a lower-case rollout status line is a message: %s', (input) => expect(classifyLine(input).type).toBe('message'));
  test.each([
    { name: "a logrus line dialing the API's Service address (dx/04)", input: 'time="2020-09-02T00:54:46Z" level=fatal msg="Get https://10.96.0.1:443/api/v1/pods: dial tcp 10.96.0.1:443: i/o timeout"', expected: 'message' },
    { name: 'a logrus line without a dial stays text', input: 'time="2020-09-02T00:54:16Z" level=info msg="Running Kubeless controller manager version: v1.0.7"', expected: 'text' },
  ])('a lower-case log line: $name', ({ input, expected }) => expect(classifyLine(input).type).toBe(expected));
  test.each([
    'deployment.apps/nginx created',
    'service/web unchanged',
    'pod "web-0" deleted',
    'node/w1-k8s cordoned',
    'node/w3-k8s already cordoned',
    'deployment.apps/web restarted',
    'configmap/app-config configured (dry run)',
    'deployment.apps/web rolled back',
    'deployment.apps "vote" deleted from default namespace',
    'pod "web-0" deleted from shop namespace (server dry run)',
    'deployment.apps/deploy-demo-app-ec2 image updated',
    'deployment.apps/web resource requirements updated',
  ])('what kubectl prints per object it changed is a message: %s', (input) => expect(classifyLine(input)).toEqual({ type: 'message', id: 'resource-changed' }));
  test.each(['web-0   1/1   Running   0   5d', 'kube-system   etcd-m-k8s   1/1   Running   0   22d', 'the deployment was created'])('no per-object message: %s', (input) => expect(classifyLine(input).type).not.toBe('message'));
  test.each([
    { name: "its fixed last line, which names a command it did not run (t/30)", input: "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'." },
    { name: 'the control plane', input: 'Kubernetes control plane is running at https://127.0.0.1:41709' },
    { name: 'the master, before 1.20', input: 'Kubernetes master is running at https://192.168.199.231:6443' },
    { name: 'an add-on behind the API server', input: 'Metrics-server is running at https://192.168.199.231:6443/api/v1/namespaces/kube-system/services/https:metrics-server:/proxy' },
    { name: 'indented in a list', input: '   KubeDNS is running at https://127.0.0.1:41709/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy' },
  ])('what kubectl cluster-info prints is a message, no command: $name', ({ input }) => {
    expect(classifyLine(normalizeLine(input))).toEqual({ type: 'message', id: 'cluster-info' });
  });
  test.each([
    'My app is running at http://localhost:8080 now',
    'the dashboard is running at https://10.0.0.1:8443',
    "Then use 'kubectl cluster-info dump' to see more",
  ])('no cluster-info message: %s', (input) => expect(classifyLine(normalizeLine(input))).not.toEqual({ type: 'message', id: 'cluster-info' }));

  test.each([
    { name: 'default header', input: 'NAME   READY   STATUS   RESTARTS   AGE', expected: true },
    { name: 'all namespaces', input: 'NAMESPACE   NAME   READY', expected: true },
    { name: 'node table', input: 'NAME     STATUS   ROLES           AGE   VERSION', expected: true },
    { name: 'a row', input: 'web-0   1/1   Running', expected: false },
    { name: 'shouting prose', input: 'NAME IS NOT A HEADER!', expected: false },
    { name: 'kubectl top pods', input: 'NAME                CPU(cores)   MEMORY(bytes)', expected: true },
    { name: 'kubectl top pods -A', input: 'NAMESPACE     NAME   CPU(cores)   MEMORY(bytes)', expected: true },
    { name: 'kubectl top pods --containers', input: 'POD      NAME      CPU(cores)   MEMORY(bytes)', expected: true },
    { name: 'kubectl top nodes', input: 'NAME     CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%', expected: true },
    { name: 'kubectl top nodes, newer', input: 'NAME     CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)', expected: true },
    { name: 'lower case after CPU(cores) is no top header', input: 'NAME   CPU(cores)   is what it shows', expected: false },
    { name: "crictl's POD ID is no header", input: 'POD ID          CREATED         STATE     NAME', expected: false },
    { name: "crictl ps -a's containers (hunt bw/08)", input: 'CONTAINER           IMAGE               CREATED             STATE               NAME                      ATTEMPT             POD ID              POD', expected: true },
    { name: 'prose opening with CONTAINER is no header', input: 'CONTAINER ATTEMPT FAILED AGAIN, SEE LOGS', expected: false },
    { name: "kubeletctl's pods, out of their box (hunt ca/22)", input: 'POD                                  NAMESPACE     CONTAINERS', expected: true },
    { name: "kubectl-ice's containers (hunt bz/26)", input: 'T  PODNAME  CONTAINER    READY  STARTED  RESTARTS  STATE       REASON            EXIT-CODE  SIGNAL  TIMESTAMP            MESSAGE', expected: true },
    { name: 'prose opening with T is no header', input: 'T PODNAME CONTAINER is what it prints', expected: false },
    { name: 'kubectl events / get events', input: 'LAST SEEN   TYPE     REASON           OBJECT                        MESSAGE', expected: true },
    { name: 'get events before 1.14', input: 'LASTSEEN   FIRSTSEEN   COUNT     NAME      KIND      SUBOBJECT   TYPE      REASON    SOURCE    MESSAGE', expected: true },
    { name: 'prose about when a pod was last seen', input: 'LAST SEEN yesterday, then it crashed', expected: false },
    { name: 'a note column the author named in Chinese (hunt by/07)', input: 'NAMESPACE     NAME                READY   STATUS      解释', expected: true },
    { name: 'a note name after too few capitals', input: 'NAME   解释', expected: false },
    { name: 'a note name holding a digit is no column name', input: 'NAME   READY   STATUS   解释2', expected: false },
    { name: 'a non-ASCII word glued to the last capital is no column', input: 'NAME   READY   STATUS解释', expected: false },
    { name: 'a label column asked for with a value, -L key=value (ee/05)', input: 'NAME                             READY   STATUS    RESTARTS         AGE    NAME=BACKEND-ELECTRICILIES', expected: true },
    { name: 'an equals sign between capitals and a space is no label column', input: 'NAME = READY STATUS RESTARTS', expected: false },
    { name: 'an equals sign in shouting prose is no label column', input: 'NAME=FOO IS NOT A HEADER!', expected: false },
  ])('isHeaderLine: $name', ({ input, expected }) => expect(isHeaderLine(input)).toBe(expected));

  test.each([
    { name: 'text', input: 'hello\n', expected: false },
    { name: 'control bytes', input: '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010', expected: true },
  ])('looksBinary: $name', ({ input, expected }) => expect(looksBinary(input)).toBe(expected));
});

describe('quoted replies, notebooks and Windows prompts (hunts cd, ce, cf, cg)', () => {
  test.each([
    { name: "an e-mail reply's nested quote (cd/14)", input: '>> kube-system      external-dns-6bb6c5fdcf-b6cwj   1/1  Running  0  49s', expected: 'kube-system      external-dns-6bb6c5fdcf-b6cwj   1/1  Running  0  49s' },
    { name: 'three quote marks', input: '>>> NAME   READY   STATUS', expected: 'NAME   READY   STATUS' },
    { name: 'nested quote marks alone', input: '>>', expected: '' },
    { name: "PowerShell's continuation prompt before a command", input: '>> kubectl get pods', expected: 'kubectl get pods' },
    { name: "a lazy blockquote's mark glued to the header: the first cell takes its column back (cd/20)", input: '>NAMESPACE   NAME     READY', expected: 'NAMESPACE    NAME     READY' },
    { name: 'a mark glued to a row', input: '>web-0   1/1   Running', expected: 'web-0    1/1   Running' },
    { name: 'a mark glued to a command is left to the prompt reader', input: '>kubectl get pods', expected: '>kubectl get pods' },
    { name: 'redirection marks glued to a word stay', input: '>>out.log', expected: '>>out.log' },
    { name: "a notebook's line of output, its line break escaped (ce/13)", input: '      "web-0   1/1     Running   0          73s\\n",', expected: 'web-0   1/1     Running   0          73s' },
    { name: '... the last of the list, no comma', input: '      "web-0   1/1     Running   0          89s\\n"', expected: 'web-0   1/1     Running   0          89s' },
    { name: '... written under a pty, \\r\\n (ce/14)', input: '      "NAME   READY   STATUS\\r\\n",', expected: 'NAME   READY   STATUS' },
    { name: 'a string with more quotes in it stays', input: '"a\\n", "b\\n"', expected: '"a\\n", "b\\n"' },
    { name: 'colours written as escapes in a string (ce/03)', input: 'web-0   1/1     \\x1b[31mCrashLoopBackOff\\x1b[0m   7   40m', expected: 'web-0   1/1     CrashLoopBackOff   7   40m' },
    { name: "JSON's \\u001b colour escapes", input: 'web-0   1/1   \\u001b[32mRunning\\u001b[0m   0   5d', expected: 'web-0   1/1   Running   0   5d' },
  ])('normalizeLine: $name', ({ input, expected }) => expect(normalizeLine(input)).toBe(expected));

  test.each([
    { name: "ideographic full stops, then 'left out' (cd/05)", input: '。。。省略', expected: 'ellipsis' },
    { name: 'ideographic full stops alone', input: '。。。。', expected: 'ellipsis' },
    { name: 'dots, then left out in Korean', input: '... 생략', expected: 'ellipsis' },
    { name: 'one ideographic full stop is a sentence end', input: '。', expected: null },
    { name: 'left out with more words is prose', input: '。。。省略しました、続きはこちら', expected: null },
    { name: "a JSON log's error field is the pod's log (cf/03)", input: 'error: "Could not listen on :8081: open /home/agones/certs/server.crt: no such file or directory"', expected: null },
    { name: '... with its comma', input: 'error: "context deadline exceeded",', expected: null },
    { name: "kubectl's error naming a quoted thing is still kubectl's", input: 'error: the server doesn\'t have a resource type "pdo"', expected: 'kubectl-error' },
    { name: "the asker's label alone over a log they quote is no kubectl error (cm/10)", input: 'Error:', expected: null },
    { name: '... nor in lower case', input: 'error:', expected: null },
    { name: "busybox's nslookup failing on a StatefulSet member's name (dz/16)", input: "nslookup: can't resolve 'mongodb-0.mongodb.default.svc.cluster.local'", expected: 'dns-lookup-failed' },
    { name: "bind's nslookup: NXDOMAIN", input: "** server can't find web-0.nginx.default.svc.cluster.local: NXDOMAIN", expected: 'dns-lookup-failed' },
    { name: "Cassandra's seed provider failing to resolve a member (dz/13)", input: "WARN  [main] 2020-11-27 09:35:59,973 SimpleSeedProvider.java:60 - Seed provider couldn't lookup host cassandra-0.cassandra-headless.default.svc.cluster.local", expected: 'dns-lookup-failed' },
    { name: "a Go program's log: lookup through port 53, no such host (dz/17)", input: '2019-03-08 06:20:02.303620 W | pkg/netutil: failed resolving host etcd-b8smtb299s.etcd.gcs.svc:2380 (lookup etcd-b8smtb299s.etcd.gcs.svc on 10.96.0.10:53: no such host); retrying in 1s', expected: 'dns-lookup-failed' },
    { name: 'no such host of a file is no DNS answer', input: '2019-03-08 06:20:02 open /etc/hosts: no such host', expected: null },
  ])('messageId: $name', ({ input, expected }) => expect(messageId(input)).toBe(expected));

  test.each([
    { name: "cmd.exe's bare prompt on another drive (cg/19)", input: 'D:\\PostgresPgAdmin>', command: null },
    { name: "C:'s bare prompt", input: 'C:\\Users\\joe>', command: null },
    { name: 'a prompt whose folder has a space, running another program', input: 'D:\\Program Files> dir', command: null },
    { name: 'a drive prompt running kubectl', input: 'D:\\x>kubectl get pods -n web', command: 'kubectl get pods -n web' },
    { name: 'kubectl left out after a prompt (cd/24)', input: '$ get pods -n knative-serving', command: 'get pods -n knative-serving' },
    { name: '... after a user@host prompt', input: 'me@box:~$ get po -A', command: 'get po -A' },
  ])('classifyLine: $name', ({ input, command }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type).toBe('prompt');
    expect(c.type === 'prompt' ? (c.command?.text ?? null) : undefined).toBe(command);
  });
  test('the namespace of a get typed without kubectl is read', () => {
    const c = classifyLine('$ get pods -n knative-serving');
    expect(c.type === 'prompt' ? c.command?.namespace : null).toBe('knative-serving');
  });
  test.each(['ubectl', 'ubectl is kubectl without its k'])('no prompt: %s', (input) => expect(classifyLine(input).type).toBe('text'));
  test.each(['C:\\foo', 'D:\\dir is where it lives', '## get pods', '# get pods from every namespace', '$ get pods web-0 and more'])('no prompt with a command: %s', (input) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type === 'prompt' ? c.command : null).toBeNull();
  });
});

describe('prompts, comments and elisions (hunts ct, cu, cv, cy)', () => {
  test.each([
    { name: "cmd.exe's prompt, the command glued to its `>` (ct/08)", input: 'C:\\>curl 10.96.29.12', command: null },
    { name: "a note's `//` comment after the command (ct/13)", input: 'D:\\k8syaml>kubectl create -f my-first-nginx179.yaml //重新建立一個', command: 'kubectl create -f my-first-nginx179.yaml' },
    { name: '... spaced from its words', input: '$ kubectl get pods // list them', command: 'kubectl get pods' },
    { name: "a URL's `//` stays in its argument", input: '$ kubectl apply -f https://example.com/x.yaml', command: 'kubectl apply -f https://example.com/x.yaml' },
    { name: 'a user:path prompt running an alias (cv/19)', input: 'root:~# kgetpods 250.5 | grep -v job | grep -v init', command: null },
    { name: '... alone, a $ prompt under a folder', input: 'app:/srv$', command: null },
    { name: "agnoster's git mark `±` before oc, its separators lost (cy/08)", input: ' USER  ~/homelab/infrastructure/ovirt master ± oc get pods -A -o wide', command: 'oc get pods -A -o wide' },
  ])('classifyLine: $name', ({ input, command }) => {
    const c = classifyLine(normalizeLine(input));
    expect(c.type).toBe('prompt');
    expect(c.type === 'prompt' ? (c.command?.text ?? null) : undefined).toBe(command);
  });
  test.each([
    { name: 'a `±` with no path before it is no prompt', input: 'values ± oc get pods differ', expected: 'text' },
    { name: "a URL's scheme is no user:path prompt", input: 'https://example.com/#', expected: 'text' },
    { name: "`<snip>` says lines were left out, as `...` does (cu/13)", input: '<snip>', expected: 'message' },
    { name: 'another tag is text', input: '<html>', expected: 'text' },
  ])('classifyLine type: $name', ({ input, expected }) => expect(classifyLine(normalizeLine(input)).type).toBe(expected));
});

describe('podNamedType', () => {
  test.each([
    { name: 'describe without pod: the pod the error quotes (dn/16)', input: 'error: the server doesn\'t have a resource type "node-collector-8659c6984c-jc4nr"', expected: 'node-collector-8659c6984c-jc4nr' },
    { name: "a DaemonSet's pod (dn/09)", input: 'error: the server doesn\'t have a resource type "falco-s6wg8"', expected: 'falco-s6wg8' },
    { name: "a StatefulSet's pod, by its ordinal (dv/02)", input: 'error: the server doesn\'t have a resource type "pzoo-0"', expected: 'pzoo-0' },
    { name: 'a type with a version-like end is no ordinal', input: 'error: the server doesn\'t have a resource type "v1-beta"', expected: null },
    { name: 'a type misspelt is no pod', input: 'error: the server doesn\'t have a resource type "pdo"', expected: null },
    { name: 'another error is none of this', input: 'error: unknown flag: --foo', expected: null },
  ])('$name', ({ input, expected }) => expect(podNamedType(input)).toBe(expected));
});
