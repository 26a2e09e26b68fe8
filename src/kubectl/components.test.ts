import { describe, expect, test } from 'vitest';
import { COMPONENTS, componentById, matchByLabels, matchComponent } from './components.ts';

const GUIDES = new Set(['components/etcd/', 'components/kube-apiserver/', 'components/kube-scheduler/', 'components/kube-controller-manager/', 'components/cni/', 'components/kube-proxy/', 'components/coredns/', 'components/container-runtime/', 'components/kubelet/', 'architecture/']);

describe('matchComponent', () => {
  test.each([
    { name: 'coredns', workload: 'coredns', ns: 'kube-system', expected: 'coredns' },
    { name: 'MetalLB\'s own name counts in any namespace', workload: 'metallb-speaker', ns: 'metallb', expected: 'metallb-speaker' },
    { name: 'its generic name only in metallb-system', workload: 'speaker', ns: 'metallb', expected: undefined },
    { name: 'kube-vip', workload: 'kube-vip', ns: 'kube-system', expected: 'kube-vip' },
    { name: 'a Longhorn engine image DaemonSet', workload: 'engine-image-ei-766a591b', ns: 'longhorn-system', expected: 'longhorn-engine-image' },
    { name: 'a helm --generate-name release of CoreDNS', workload: 'coredns-1727408780', ns: 'kube-system', expected: 'coredns' },
    { name: 'nine digits are no release timestamp', workload: 'coredns-172740878', ns: 'kube-system', expected: undefined },
    { name: 'calico-node', workload: 'calico-node', ns: 'calico-system', expected: 'calico-node' },
    { name: 'flannel DaemonSet name', workload: 'kube-flannel-ds', ns: 'kube-flannel', expected: 'kube-flannel' },
    { name: 'EBS CSI node', workload: 'ebs-csi-node', ns: 'kube-system', expected: 'ebs-csi-node' },
    { name: 'generic CSI node plugin', workload: 'gce-pd-csi-node', ns: 'kube-system', expected: 'csi-node' },
    { name: 'argocd family', workload: 'argocd-repo-server', ns: 'argocd', expected: 'argocd' },
    { name: 'k3s svclb', workload: 'svclb-traefik', ns: 'kube-system', expected: 'svclb' },
    { name: 'k3s helm-install', workload: 'helm-install-traefik', ns: 'kube-system', expected: 'helm-install' },
    { name: 'metallb controller only in its namespace', workload: 'controller', ns: 'metallb-system', expected: 'metallb-controller' },
    { name: 'a "controller" elsewhere is nothing', workload: 'controller', ns: 'default', expected: undefined },
    { name: 'RKE2 canal', workload: 'rke2-canal', ns: 'kube-system', expected: 'canal' },
    { name: 'kubeadm canal manifest', workload: 'canal', ns: 'kube-system', expected: 'canal' },
    { name: 'RKE2 CoreDNS chart', workload: 'rke2-coredns-rke2-coredns', ns: 'kube-system', expected: 'coredns' },
    { name: 'RKE2 CoreDNS autoscaler', workload: 'rke2-coredns-rke2-coredns-autoscaler', ns: 'kube-system', expected: 'coredns-autoscaler' },
    { name: 'RKE2 ingress-nginx', workload: 'rke2-ingress-nginx-controller', ns: 'kube-system', expected: 'ingress-nginx-controller' },
    { name: 'RKE2 metrics-server', workload: 'rke2-metrics-server', ns: 'kube-system', expected: 'metrics-server' },
    { name: 'GKE metrics-server with its version', workload: 'metrics-server-v0.5.2', ns: 'kube-system', expected: 'metrics-server' },
    { name: 'RKE2 snapshot-controller', workload: 'rke2-snapshot-controller', ns: 'kube-system', expected: 'snapshot-controller' },
    { name: 'RKE2 snapshot validation webhook', workload: 'rke2-snapshot-validation-webhook', ns: 'kube-system', expected: 'snapshot-validation-webhook' },
    { name: 'kube-router (k0s)', workload: 'kube-router', ns: 'kube-system', expected: 'kube-router' },
    { name: 'GKE Dataplane V2 agent', workload: 'anetd', ns: 'kube-system', expected: 'anetd' },
    { name: 'GKE Dataplane V2 sized agent', workload: 'anetd-l', ns: 'kube-system', expected: 'anetd' },
    { name: 'GKE netd', workload: 'netd', ns: 'kube-system', expected: 'netd' },
    { name: 'GKE fluentbit', workload: 'fluentbit-gke', ns: 'kube-system', expected: 'fluentbit-gke' },
    { name: 'GKE fluentbit sized variant', workload: 'fluentbit-gke-big', ns: 'kube-system', expected: 'fluentbit-gke' },
    { name: 'GKE fluentd', workload: 'fluentd-gke', ns: 'kube-system', expected: 'fluentd-gke' },
    { name: 'GKE fluentd scaler', workload: 'fluentd-gke-scaler', ns: 'kube-system', expected: 'fluentd-gke-scaler' },
    { name: 'GKE event exporter', workload: 'event-exporter-gke', ns: 'kube-system', expected: 'event-exporter' },
    { name: 'older GKE event exporter with its version', workload: 'event-exporter-v0.2.5', ns: 'kube-system', expected: 'event-exporter' },
    { name: 'GKE metrics agent', workload: 'gke-metrics-agent', ns: 'kube-system', expected: 'gke-metrics-agent' },
    { name: 'GKE metrics agent sized variant', workload: 'gke-metrics-agent-scaling-10', ns: 'kube-system', expected: 'gke-metrics-agent' },
    { name: 'GKE metadata server', workload: 'gke-metadata-server', ns: 'kube-system', expected: 'gke-metadata-server' },
    { name: 'GKE Filestore CSI node', workload: 'filestore-node', ns: 'kube-system', expected: 'filestore-node' },
    { name: 'GKE PD CSI node, before the generic csi-node suffix', workload: 'pdcsi-node', ns: 'kube-system', expected: 'pdcsi-node' },
    { name: 'GKE konnectivity autoscaler', workload: 'konnectivity-agent-autoscaler', ns: 'kube-system', expected: 'konnectivity-agent-autoscaler' },
    { name: 'GKE antrea-controller autoscaler', workload: 'antrea-controller-horizontal-autoscaler', ns: 'kube-system', expected: 'antrea-controller-horizontal-autoscaler' },
    { name: 'GKE default backend', workload: 'l7-default-backend', ns: 'kube-system', expected: 'l7-default-backend' },
    { name: 'AKS cloud-node-manager', workload: 'cloud-node-manager', ns: 'kube-system', expected: 'cloud-node-manager' },
    { name: 'AKS ip-masq-agent', workload: 'azure-ip-masq-agent', ns: 'kube-system', expected: 'ip-masq-agent' },
    { name: 'GKE ip-masq-agent', workload: 'ip-masq-agent', ns: 'kube-system', expected: 'ip-masq-agent' },
    { name: 'AKS Azure Disk CSI node', workload: 'csi-azuredisk-node', ns: 'kube-system', expected: 'csi-azuredisk-node' },
    { name: 'AKS Azure Files CSI node', workload: 'csi-azurefile-node', ns: 'kube-system', expected: 'csi-azurefile-node' },
    { name: 'AKS azure-cns', workload: 'azure-cns', ns: 'kube-system', expected: 'azure-cns' },
    { name: 'AKS azure-npm', workload: 'azure-npm', ns: 'kube-system', expected: 'azure-npm' },
    { name: 'Cilium hubble-relay', workload: 'hubble-relay', ns: 'kube-system', expected: 'hubble-relay' },
    { name: 'Cilium hubble-ui', workload: 'hubble-ui', ns: 'kube-system', expected: 'hubble-ui' },
    { name: 'Calico Typha horizontal autoscaler', workload: 'calico-typha-horizontal-autoscaler', ns: 'kube-system', expected: 'calico-autoscaler' },
    { name: 'Calico legacy etcd', workload: 'calico-etcd', ns: 'kube-system', expected: 'calico-etcd' },
    { name: 'kube-addon-manager static pod base', workload: 'kube-addon-manager', ns: 'kube-system', expected: 'kube-addon-manager' },
    { name: 'kube-addon-manager with its node, no NODE column', workload: 'kube-addon-manager-minikube', ns: 'kube-system', expected: 'kube-addon-manager' },
    { name: 'cluster-autoscaler', workload: 'cluster-autoscaler', ns: 'kube-system', expected: 'cluster-autoscaler' },
    { name: 'cluster-autoscaler Helm chart name', workload: 'cluster-autoscaler-aws-cluster-autoscaler', ns: 'kube-system', expected: 'cluster-autoscaler' },
    { name: 'heapster with its version', workload: 'heapster-v1.6.0-beta.1', ns: 'kube-system', expected: 'heapster' },
    { name: 'OpenShift CoreDNS DaemonSet', workload: 'dns-default', ns: 'openshift-dns', expected: 'dns-default' },
    { name: 'OpenShift node-resolver', workload: 'node-resolver', ns: 'openshift-dns', expected: 'node-resolver' },
    { name: 'a "node-resolver" elsewhere is nothing', workload: 'node-resolver', ns: 'default', expected: undefined },
    { name: 'OVN-Kubernetes node agent', workload: 'ovnkube-node', ns: 'openshift-ovn-kubernetes', expected: 'ovnkube-node' },
    { name: 'OVN-Kubernetes master (OpenShift 4.13 and before)', workload: 'ovnkube-master', ns: 'openshift-ovn-kubernetes', expected: 'ovnkube-master' },
    { name: 'OVN-Kubernetes control plane (OpenShift 4.14+)', workload: 'ovnkube-control-plane', ns: 'openshift-ovn-kubernetes', expected: 'ovnkube-control-plane' },
    { name: 'OpenShift Multus', workload: 'multus', ns: 'openshift-multus', expected: 'multus' },
    { name: 'OpenShift Multus additional CNI plugins', workload: 'multus-additional-cni-plugins', ns: 'openshift-multus', expected: 'multus-additional-cni-plugins' },
    { name: 'OpenShift network metrics daemon', workload: 'network-metrics-daemon', ns: 'openshift-multus', expected: 'network-metrics-daemon' },
    { name: 'OpenShift default router', workload: 'router-default', ns: 'openshift-ingress', expected: 'router-default' },
    { name: 'OpenShift etcd quorum guard', workload: 'etcd-quorum-guard', ns: 'openshift-etcd', expected: 'etcd-quorum-guard' },
    { name: 'OpenShift service CA', workload: 'service-ca', ns: 'openshift-service-ca', expected: 'service-ca' },
    { name: 'a "service-ca" elsewhere is nothing', workload: 'service-ca', ns: 'default', expected: undefined },
    { name: 'upstream Multus DaemonSet', workload: 'kube-multus-ds', ns: 'kube-system', expected: 'multus' },
    { name: 'older upstream Multus DaemonSet', workload: 'kube-multus-ds-amd64', ns: 'kube-system', expected: 'multus' },
    { name: 'Calico on Windows nodes', workload: 'calico-node-windows', ns: 'calico-system', expected: 'calico-node' },
    { name: 'kube-proxy on Windows nodes', workload: 'kube-proxy-windows', ns: 'kube-system', expected: 'kube-proxy-windows' },
    { name: 'Antrea on Windows nodes', workload: 'antrea-agent-windows', ns: 'kube-system', expected: 'antrea-agent' },
    { name: 'flannel on Windows nodes', workload: 'kube-flannel-ds-windows-amd64', ns: 'kube-system', expected: 'kube-flannel' },
    { name: 'EKS Pod Identity agent', workload: 'eks-pod-identity-agent', ns: 'kube-system', expected: 'eks-pod-identity-agent' },
    { name: 'DigitalOcean CSI node, before the generic csi-node suffix', workload: 'csi-do-node', ns: 'kube-system', expected: 'csi-do-node' },
    { name: 'DigitalOcean CSI controller', workload: 'csi-do-controller', ns: 'kube-system', expected: 'csi-do-controller' },
    { name: 'DigitalOcean metrics agent', workload: 'do-node-agent', ns: 'kube-system', expected: 'do-node-agent' },
    { name: 'Linode CSI node', workload: 'csi-linode-node', ns: 'kube-system', expected: 'csi-linode-node' },
    { name: 'Linode CSI controller', workload: 'csi-linode-controller', ns: 'kube-system', expected: 'csi-linode-controller' },
    { name: 'MicroK8s hostpath provisioner', workload: 'hostpath-provisioner', ns: 'kube-system', expected: 'hostpath-provisioner' },
    { name: 'MicroK8s ingress', workload: 'nginx-ingress-microk8s-controller', ns: 'ingress', expected: 'nginx-ingress-microk8s-controller' },
    { name: 'ingress-nginx Helm release name', workload: 'nginx-ingress-ingress-nginx-controller', ns: 'ingress-nginx', expected: 'ingress-nginx-controller' },
    { name: 'ingress-nginx by its own name', workload: 'ingress-nginx-controller', ns: 'ingress-nginx', expected: 'ingress-nginx-controller' },
    { name: 'an app', workload: 'shop-api', ns: 'shop', expected: undefined },
  ])('$name', ({ workload, ns, expected }) => expect(matchComponent(workload, ns)?.id).toBe(expected));

  test('labels find a component too', () => {
    expect(matchByLabels({ 'k8s-app': 'kube-dns', 'pod-template-hash': 'x' })?.id).toBe('coredns');
    expect(matchByLabels({ 'k8s-app': 'canal', 'controller-revision-hash': 'x' })?.id).toBe('canal');
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
  test.each(['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'cloud-controller-manager', 'calico-node', 'calico-kube-controllers', 'calico-typha', 'calico-apiserver', 'tigera-operator', 'cilium', 'cilium-operator', 'cilium-envoy', 'kube-flannel', 'weave-net', 'kindnet', 'aws-node', 'antrea-agent', 'antrea-controller', 'coredns', 'kube-dns', 'kube-proxy', 'metrics-server', 'ingress-nginx-controller', 'ingress-nginx-admission', 'local-path-provisioner', 'kubernetes-dashboard', 'dashboard-metrics-scraper', 'storage-provisioner', 'konnectivity-agent', 'nodelocaldns', 'cert-manager', 'cert-manager-cainjector', 'cert-manager-webhook', 'kube-state-metrics', 'node-exporter', 'prometheus-operator', 'argocd', 'metallb-controller', 'metallb-speaker', 'traefik', 'svclb', 'helm-install', 'coredns-autoscaler', 'canal', 'kube-router', 'anetd', 'netd', 'hubble-relay', 'hubble-ui', 'azure-cns', 'calico-autoscaler', 'calico-etcd', 'antrea-controller-horizontal-autoscaler', 'konnectivity-agent-autoscaler', 'ip-masq-agent', 'cloud-node-manager', 'kube-addon-manager', 'heapster', 'cluster-autoscaler', 'l7-default-backend', 'pdcsi-node', 'filestore-node', 'csi-azuredisk-node', 'csi-azurefile-node', 'snapshot-controller', 'snapshot-validation-webhook', 'gke-metadata-server', 'azure-npm', 'fluentbit-gke', 'fluentd-gke', 'fluentd-gke-scaler', 'gke-metrics-agent', 'event-exporter', 'dns-default', 'node-resolver', 'ovnkube-node', 'ovnkube-master', 'ovnkube-control-plane', 'multus', 'multus-additional-cni-plugins', 'network-metrics-daemon', 'router-default', 'etcd-quorum-guard', 'service-ca', 'kube-proxy-windows', 'eks-pod-identity-agent', 'csi-do-node', 'csi-do-controller', 'do-node-agent', 'csi-linode-node', 'csi-linode-controller', 'hostpath-provisioner', 'nginx-ingress-microk8s-controller'])('the knowledge base knows %s', (id) => {
    expect(componentById(id)).toBeDefined();
  });
});
