import { describe, expect, test } from 'vitest';
import { COMPONENTS, componentById, matchByLabels, matchComponent } from './components.ts';

const GUIDES = new Set(['components/etcd/', 'components/kube-apiserver/', 'components/kube-scheduler/', 'components/kube-controller-manager/', 'components/cni/', 'components/kube-proxy/', 'components/coredns/', 'components/container-runtime/', 'components/kubelet/', 'architecture/']);

describe('matchComponent', () => {
  test.each([
    { name: 'coredns', workload: 'coredns', ns: 'kube-system', expected: 'coredns' },
    { name: 'calico-node', workload: 'calico-node', ns: 'calico-system', expected: 'calico-node' },
    { name: 'flannel DaemonSet name', workload: 'kube-flannel-ds', ns: 'kube-flannel', expected: 'kube-flannel' },
    { name: 'EBS CSI node', workload: 'ebs-csi-node', ns: 'kube-system', expected: 'ebs-csi-node' },
    { name: 'generic CSI node plugin', workload: 'gce-pd-csi-node', ns: 'kube-system', expected: 'csi-node' },
    { name: 'argocd family', workload: 'argocd-repo-server', ns: 'argocd', expected: 'argocd' },
    { name: 'k3s svclb', workload: 'svclb-traefik', ns: 'kube-system', expected: 'svclb' },
    { name: 'k3s helm-install', workload: 'helm-install-traefik', ns: 'kube-system', expected: 'helm-install' },
    { name: 'metallb controller only in its namespace', workload: 'controller', ns: 'metallb-system', expected: 'metallb-controller' },
    { name: 'a "controller" elsewhere is nothing', workload: 'controller', ns: 'default', expected: undefined },
    { name: 'an app', workload: 'shop-api', ns: 'shop', expected: undefined },
  ])('$name', ({ workload, ns, expected }) => expect(matchComponent(workload, ns)?.id).toBe(expected));

  test('labels find a component too', () => {
    expect(matchByLabels({ 'k8s-app': 'kube-dns', 'pod-template-hash': 'x' })?.id).toBe('coredns');
  });
});

describe('COMPONENTS', () => {
  test('ids are unique', () => {
    expect(new Set(COMPONENTS.map((c) => c.id)).size).toBe(COMPONENTS.length);
  });
  test.each(COMPONENTS.map((c) => ({ name: c.id, c })))('$name is well formed', ({ c }) => {
    expect(c.docs).toMatch(/^https:\/\//);
    if (c.guide !== null) expect(GUIDES.has(c.guide)).toBe(true);
    expect(componentById(c.id)).toBe(c);
  });
  test.each(['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'cloud-controller-manager', 'calico-node', 'calico-kube-controllers', 'calico-typha', 'calico-apiserver', 'tigera-operator', 'cilium', 'cilium-operator', 'cilium-envoy', 'kube-flannel', 'weave-net', 'kindnet', 'aws-node', 'antrea-agent', 'antrea-controller', 'coredns', 'kube-dns', 'kube-proxy', 'metrics-server', 'ingress-nginx-controller', 'ingress-nginx-admission', 'local-path-provisioner', 'kubernetes-dashboard', 'dashboard-metrics-scraper', 'storage-provisioner', 'konnectivity-agent', 'nodelocaldns', 'cert-manager', 'cert-manager-cainjector', 'cert-manager-webhook', 'kube-state-metrics', 'node-exporter', 'prometheus-operator', 'argocd', 'metallb-controller', 'metallb-speaker', 'traefik', 'svclb', 'helm-install', 'coredns-autoscaler'])('the knowledge base knows %s', (id) => {
    expect(componentById(id)).toBeDefined();
  });
});
