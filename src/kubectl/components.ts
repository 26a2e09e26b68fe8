/**
 * Stage: components. A knowledge base of the system pods people meet in `kubectl get pods -A`, matched by
 * the workload name the pod's name reveals (coredns-66bff467f8-4j4lj -> coredns), a static pod's name
 * (etcd-<node>), or a name pattern (*-csi-node).
 *
 * Shared by server, browser and CLI: no DOM, no Node API. To add a component: append an entry here and its
 * role text (`component.<id>.role`) to src/i18n/explain.ko.ts and explain.en.ts; the i18n test checks both.
 */
import type { OwnerKind } from './model.ts';
import { allInAlphabet } from './alphabet.ts';

export type ComponentCategory = 'control-plane' | 'cni' | 'dns' | 'proxy' | 'addon' | 'storage' | 'ingress' | 'monitoring' | 'gitops' | 'security' | 'load-balancer' | 'dashboard';

export type GuideSlug =
  | 'components/etcd/' | 'components/kube-apiserver/' | 'components/kube-scheduler/' | 'components/kube-controller-manager/'
  | 'components/cni/' | 'components/kube-proxy/' | 'components/coredns/' | 'components/container-runtime/'
  | 'components/kubelet/' | 'architecture/';

export interface ComponentInfo {
  id: string;
  /** Workload names that are this component (the pod name without its generated suffixes). */
  names: readonly string[];
  /** Name prefixes (`argocd-`) and suffixes (`-csi-node`) for families of names. */
  prefixes: readonly string[];
  suffixes: readonly string[];
  /** Namespaces it usually runs in (hints for people, and required when `onlyInNamespaces`). */
  namespaces: readonly string[];
  /** Generic names (`controller`, `speaker`) count only in these namespaces. */
  onlyInNamespaces: boolean;
  /**
   * With `onlyInNamespaces`: namespaces named after what they hold count too, by how their names start (Gardener's shoot
   * control planes, `shoot--<project>--<shoot>`).
   */
  namespacePrefixes: readonly string[];
  /** With `onlyInNamespaces`: rows without a namespace count too (the control plane's etcd-<node> pasted without -A). */
  withoutNamespace: boolean;
  /** When set, only these of its names need those namespaces (`speaker`); the others count anywhere (`metallb-speaker`). */
  generic: readonly string[];
  /** With `onlyInNamespaces`: its prefixes and suffixes count anywhere, as its own names do (`<release>-metallb-speaker`). */
  patternsAnywhere: boolean;
  /** Labels its pods carry (for `--show-labels` pastes). */
  labels: Readonly<Record<string, string>>;
  /** How it is usually deployed. */
  kind: OwnerKind;
  /** Runs in the node's network namespace (hostNetwork: true), so its IP is the node's. */
  hostNetwork: boolean;
  category: ComponentCategory;
  /** For CNI and DNS components: which plugin or server this is. */
  provides: string | null;
  /**
   * A project whose parts vouch for each other where their names are too generic to count alone (JupyterHub's hub and
   * proxy): see FAMILY_MIN.
   */
  family: string | null;
  /** i18n key of its role. */
  role: string;
  guide: GuideSlug | null;
  docs: string;
}

type Spec = Partial<Omit<ComponentInfo, 'id' | 'role' | 'kind' | 'category' | 'docs'>> & Pick<ComponentInfo, 'id' | 'kind' | 'category' | 'docs'>;

function c(spec: Spec): ComponentInfo {
  return {
    names: [spec.id], prefixes: [], suffixes: [], namespaces: ['kube-system'], onlyInNamespaces: false, namespacePrefixes: [], withoutNamespace: false, generic: [], patternsAnywhere: false, labels: {}, hostNetwork: false,
    provides: null, guide: null, family: null, ...spec, role: `component.${spec.id}.role`,
  };
}

const K8S = 'https://kubernetes.io/docs/concepts/overview/components/';
// supabase-kubernetes's services, each a Deployment of its own.
const SUPABASE_PARTS = ['auth', 'kong', 'meta', 'realtime', 'rest', 'storage', 'studio', 'db', 'analytics', 'imgproxy', 'functions', 'vector', 'minio'];
// frappe/helm's erpnext chart's Deployments.
const ERPNEXT_PARTS = ['gunicorn', 'nginx', 'scheduler', 'socketio', 'worker-d', 'worker-l', 'worker-s'];
const RANCHER = 'https://ranchermanager.docs.rancher.com/';
const RANCHER_AGENTS = 'https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/launch-kubernetes-with-rancher/about-rancher-agents';
const OPENSHIFT_STATIC_POD_NAMESPACES = ['openshift-kube-apiserver', 'openshift-kube-scheduler', 'openshift-kube-controller-manager', 'openshift-etcd'];
const OPENSHIFT_3 = 'https://docs.openshift.com/container-platform/3.11/architecture/index.html';
const OPENSHIFT_SDN = 'https://docs.openshift.com/container-platform/4.7/networking/openshift_sdn/about-openshift-sdn.html';
const LONGHORN = 'https://longhorn.io/docs/latest/concepts/';
// Rook runs its operator and each CephCluster in rook-ceph by default; OpenShift Data Foundation runs the same pods in openshift-storage.
const ROOK_NAMESPACES = ['rook-ceph', 'openshift-storage'];
const ROOK = 'https://rook.io/docs/rook/latest-release/';
const KYVERNO = 'https://kyverno.io/docs/high-availability/';
const GATEKEEPER = 'https://open-policy-agent.github.io/gatekeeper/website/docs/';
// Velero in velero (its install and Helm chart); OpenShift's OADP runs the same Deployment and DaemonSet in openshift-adp, and the
// Migration Toolkit for Containers (mig-operator, OpenShift 3 to 4) in openshift-migration (hunt bj/21).
const VELERO_NAMESPACES = ['velero', 'openshift-adp', 'openshift-migration'];
// SPIRE's own charts (spire-server and spire-system in the hardened one), Cilium's mutual authentication, NGINX Service Mesh.
const SPIRE_NAMESPACES = ['spire', 'spire-system', 'spire-server', 'cilium-spire', 'nginx-mesh'];
// The Trivy Operator's namespace: trivy-system in its docs; trivy (trivy-operator#1610, #1965) and trivy-operator (#1012, #2372) in issues.
const TRIVY_NAMESPACES = ['trivy-system', 'trivy', 'trivy-operator'];
const LINKERD_VIZ = 'https://linkerd.io/2/features/dashboard/';
const LINKERD = 'https://linkerd.io/2/reference/architecture/';
const KNATIVE_SERVING = 'https://knative.dev/docs/serving/architecture/';
const KNATIVE_EVENTING = 'https://knative.dev/docs/eventing/';
const DAPR = 'https://docs.dapr.io/concepts/dapr-services/';
const KEDA = 'https://keda.sh/docs/latest/concepts/';
const KNATIVE_KAFKA_BROKER = 'https://knative.dev/docs/eventing/brokers/broker-types/kafka-broker/';
// Where Crossplane (and Upbound's UXP) runs, with a pod for each provider's and function's revision.
const CROSSPLANE_NAMESPACES = ['crossplane-system', 'upbound-system'];
const OPENSTACK_HELM = 'https://docs.openstack.org/openstack-helm/latest/';
/** Where openstack-helm's charts run: its docs' openstack, KupenStack's kupenstack. */
const OPENSTACK_HELM_NAMESPACES = ['openstack', 'kupenstack'];
const OVN_ARCHITECTURE = 'https://docs.ovn.org/en/latest/ref/ovn-architecture.7.html';
const CINDER_CSI = 'https://github.com/kubernetes/cloud-provider-openstack/blob/master/docs/cinder-csi-plugin/using-cinder-csi-plugin.md';
// OpenShift Service Mesh 2 (Maistra): its operator and Istio CNI DaemonSet in openshift-operators.
const OSSM2 = 'https://docs.openshift.com/container-platform/4.10/service_mesh/v2x/ossm-architecture.html';
// Deckhouse (Flant's Kubernetes platform): each module runs in a d8-<module> namespace, documented at DECKHOUSE_MODULES<module>/.
const DECKHOUSE_MODULES = 'https://deckhouse.io/products/kubernetes-platform/documentation/v1/modules/';
const KARMADA = 'https://karmada.io/docs/core-concepts/components/';
const LIQO_2020 = ['advertisement-operator', 'crdreplicator-operator', 'discovery', 'peering-request-operator', 'podmutator'];
const SPINNAKER = 'https://spinnaker.io/docs/reference/architecture/microservices-overview/';
const HYPERSHIFT = 'https://hypershift-docs.netlify.app/';
const GARDENER_COMPONENTS = 'https://gardener.cloud/docs/gardener/concepts/architecture/';
/** Where Gardener runs each shoot's control plane on its seed: shoot--<project>--<shoot>. */
const SHOOT_NAMESPACE = 'shoot--';
const GARDENER_LOGGING = 'https://github.com/gardener/gardener/blob/master/docs/usage/observability/logging.md';
// OpenShift 4's cluster operators: each one's own page is a section of this reference.
const OPENSHIFT_OPERATORS = 'https://docs.openshift.com/container-platform/4.14/operators/operator-reference.html';
const OPENSHIFT_OPERATOR_NAMESPACES = [
  'openshift-apiserver-operator', 'openshift-authentication-operator', 'openshift-cloud-controller-manager-operator', 'openshift-cloud-credential-operator',
  'openshift-cluster-node-tuning-operator', 'openshift-cluster-samples-operator', 'openshift-cluster-storage-operator', 'openshift-config-operator',
  'openshift-console-operator', 'openshift-controller-manager-operator', 'openshift-dns-operator', 'openshift-etcd-operator', 'openshift-image-registry',
  'openshift-ingress-operator', 'openshift-insights', 'openshift-kube-apiserver-operator', 'openshift-kube-controller-manager-operator',
  'openshift-kube-scheduler-operator', 'openshift-kube-storage-version-migrator-operator', 'openshift-machine-api', 'openshift-machine-config-operator',
  'openshift-marketplace', 'openshift-monitoring', 'openshift-network-operator', 'openshift-service-ca-operator', 'openshift-authentication',
  // The CSI drivers' operators (aws-ebs-csi-driver-operator, vmware-vsphere-csi-driver-operator) run beside their drivers.
  'openshift-cluster-csi-drivers',
];
/** OLM's default CatalogSources (OpenShift's four in openshift-marketplace, OperatorHub.io's in olm), each served by a pod of its name. */
const OPERATOR_CATALOGS = ['certified-operators', 'community-operators', 'redhat-marketplace', 'redhat-operators', 'operatorhubio-catalog'];
const VSPHERE_CSI = 'https://docs.vmware.com/en/VMware-vSphere-Container-Storage-Plug-in/index.html';
const GCE_PD_CSI = 'https://github.com/kubernetes-sigs/gcp-compute-persistent-disk-csi-driver#readme';
const SLINKY = 'https://github.com/SlinkyProject/slurm-operator#readme';
/**
 * kops's etcd-manager static pods (since kops 1.12), one per control-plane node for each of its two etcd clusters:
 * etcd-manager-main-<node>, etcd-manager-events-<node>.
 */
export const ETCD_MANAGERS: readonly string[] = ['etcd-manager-main', 'etcd-manager-events'];
const KUBEADM_HA = 'https://github.com/kubernetes/kubeadm/blob/main/docs/ha-considerations.md#options-for-software-load-balancing';
// kube-prometheus-stack cuts its fullname (<release>-kube-prometheus-stack, or the release alone when it holds the chart's name) to 26
// characters and names its parts <fullname>-<part>: release prometheus-stack gives prometheus-stack-kube-prom-operator, release
// obs-platform obs-platform-kube-promethe-operator. Every cut down to -kube-prom is read; shorter ones say too little alone (the operator's
// -kube-p to -kube-pro count only at the cut's own length: kpsShortOperator).
const KPS_FULLNAME_ENDS = Array.from({ length: 13 }, (_, i) => `-${'kube-prometheus-stack'.slice(0, 9 + i)}`).filter((s) => !s.endsWith('-'));
const ARGO_EVENTS = 'https://argoproj.github.io/argo-events/concepts/architecture/';
const VM_OPERATOR = 'https://docs.victoriametrics.com/operator/';
const ODF = 'https://github.com/red-hat-storage/odf-operator#readme';
const NOOBAA = 'https://github.com/noobaa/noobaa-operator#readme';
// NooBaa (the Multicloud Object Gateway) in OpenShift Data Foundation's openshift-storage; its own operator installs into noobaa.
const NOOBAA_NAMESPACES = ['openshift-storage', 'noobaa'];
const SPIDERPOOL = 'https://spidernet-io.github.io/spiderpool/';
// OpenShift Virtualization (openshift-cnv) and the HyperConverged Cluster Operator upstream (kubevirt-hyperconverged) deploy KubeVirt, CDI
// and the network add-ons together; the cluster-network-addons-operator on its own deploys them into cluster-network-addons.
const CNV_NAMESPACES = ['kubevirt-hyperconverged', 'openshift-cnv'];
const CNAO_NAMESPACES = ['cluster-network-addons', ...CNV_NAMESPACES];
const CNAO = 'https://github.com/kubevirt/cluster-network-addons-operator#readme';
// The SR-IOV Network Operator's namespace upstream (its chart and manifests), and OpenShift's.
const SRIOV_NAMESPACES = ['sriov-network-operator', 'openshift-sriov-network-operator'];
const SRIOV_OPERATOR = 'https://github.com/k8snetworkplumbingwg/sriov-network-operator#readme';
// Intel's device plugins: each accelerator's DaemonSet from its own manifests (intel-gpu-plugin), or from the operator, which names it
// after its custom resource (intel-gpu-plugin-<GpuDevicePlugin>).
const INTEL_PLUGINS = ['intel-gpu-plugin', 'intel-qat-plugin', 'intel-sgx-plugin', 'intel-fpga-plugin', 'intel-dsa-plugin', 'intel-dlb-plugin', 'intel-iaa-plugin', 'intel-vpu-plugin', 'intel-npu-plugin'];
const INTEL_DEVICE_PLUGINS = 'https://intel.github.io/intel-device-plugins-for-kubernetes/README.html';
const MAYASTOR_NAMESPACES = ['mayastor', 'openebs'];
const AKRI = 'https://docs.akri.sh/architecture/architecture-overview';
const TIDB_OPERATOR = 'https://docs.pingcap.com/tidb-in-kubernetes/stable/architecture';
const NEON_STORAGE = 'https://github.com/neondatabase/neon#architecture-overview';
const PGO_V4 = 'https://access.crunchydata.com/documentation/crunchy-containers/4.6.10/container-specifications/crunchy-pgbackrest-repo';
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const SPIDERPOOL_NAMESPACES = ['kube-system', 'spiderpool'];
const KUBOARD = 'https://kuboard.cn/install/v3/install-in-k8s.html';
const TEMPO_PARTS = ['distributor', 'ingester', 'querier', 'query-frontend', 'compactor', 'metrics-generator', 'gateway', 'memcached'];
// The mimir-distributed chart names its parts <fullname>-<part>: the release when its name holds "mimir" (mimir, mimir-distributed),
// else <release>-mimir.
const MIMIR_FULLNAMES = ['mimir', 'mimir-distributed'];
const mimirNames = (parts: readonly string[]): string[] => MIMIR_FULLNAMES.flatMap((f) => parts.map((p) => `${f}-${p}`));
const mimirSuffixes = (parts: readonly string[]): string[] => MIMIR_FULLNAMES.flatMap((f) => parts.map((p) => `-${f}-${p}`));
const ZONES = ['zone-a', 'zone-b', 'zone-c'];
const zoned = (part: string): string[] => [part, ...ZONES.map((z) => `${part}-${z}`)];
const MIMIR_GATEWAY = ['nginx', 'gateway'];
const MIMIR_WRITE = [...zoned('write'), 'distributor', ...zoned('ingester')];
const MIMIR_READ = ['read', 'querier', 'query-frontend'];
const MIMIR_BACKEND = [...zoned('backend'), ...zoned('store-gateway'), 'compactor', 'ruler', 'ruler-querier', 'ruler-query-frontend', 'ruler-query-scheduler', ...zoned('alertmanager'), 'query-scheduler', 'overrides-exporter'];
const MIMIR_CACHE = ['chunks-cache', 'index-cache', 'results-cache', 'metadata-cache'];
// The components rancher-monitoring's exporters name their PushProx clients and proxies after (rkeEtcd, kubeAdmScheduler, k3sServer...).
const PUSHPROX_COMPONENTS = ['kube-controller-manager', 'kube-scheduler', 'kube-etcd', 'kube-proxy', 'ingress-nginx', 'k3s-server'];
const PUSHPROX = 'https://github.com/rancher/charts/tree/dev-v2.9/packages/rancher-pushprox#readme';
const THANOS = 'https://thanos.io/tip/components/';
const CORTEX_PARTS = ['distributor', 'ingester', 'querier', 'query-frontend', 'query-scheduler', 'store-gateway', 'compactor', 'ruler', 'alertmanager', 'configs', 'nginx', 'table-manager', 'purger', 'overrides-exporter', 'memcached', 'memcached-blocks', 'memcached-blocks-index', 'memcached-blocks-metadata', 'memcached-frontend', 'memcached-index-read', 'memcached-index-write'];
const THANOS_NAMESPACES = ['monitoring', 'thanos', 'openshift-monitoring', 'openshift-user-workload-monitoring'];
/** Open Match's core services and the evaluator and match function of its customize chart. */
const OPEN_MATCH_PARTS = ['backend', 'frontend', 'query', 'synchronizer', 'evaluator', 'swaggerui', 'function', 'mmlogic'];

/** The knowledge base. Order matters only among patterns: more specific first. */
export const COMPONENTS: readonly ComponentInfo[] = [
  // Control plane (kubeadm static pods: <component>-<node name>).
  // kops (and kube-up before it) run two etcd clusters as static pods: etcd-server-<node> (main) and etcd-server-events-<node>;
  // kops since 1.12 runs them through etcd-manager, as etcd-manager-main-<node> and etcd-manager-events-<node> (hunts bf/04-21, bh/17).
  // The cluster's own etcd is a static pod etcd-<node> in kube-system (openshift-etcd on OpenShift 4): a workload named etcd in any
  // other namespace is some project's own store (Karmada's etcd-0 in karmada-system, APISIX's in apisix: hunts ay/12, ba/17), app-etcd.
  // OpenShift 4.1-4.3 named it etcd-member-<node> (the Machine Config Operator's template; hunts bl/06, bl/30): the prefix keeps
  // `member-` out of the node's name.
  c({ id: 'etcd', names: ['etcd', 'etcd-server', 'etcd-server-events', 'etcd-member', ...ETCD_MANAGERS], prefixes: ['etcd-member-', ...ETCD_MANAGERS.map((n) => `${n}-`)], generic: ['etcd'], namespaces: ['kube-system', 'openshift-etcd'], onlyInNamespaces: true, withoutNamespace: true, kind: 'StaticPod', category: 'control-plane', hostNetwork: true, labels: { component: 'etcd', tier: 'control-plane' }, guide: 'components/etcd/', docs: `${K8S}#etcd` }),
  c({ id: 'app-etcd', names: ['etcd'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://etcd.io/docs/latest/' }),
  c({ id: 'kube-apiserver', kind: 'StaticPod', category: 'control-plane', hostNetwork: true, labels: { component: 'kube-apiserver', tier: 'control-plane' }, guide: 'components/kube-apiserver/', docs: `${K8S}#kube-apiserver` }),
  c({ id: 'kube-controller-manager', kind: 'StaticPod', category: 'control-plane', hostNetwork: true, labels: { component: 'kube-controller-manager', tier: 'control-plane' }, guide: 'components/kube-controller-manager/', docs: `${K8S}#kube-controller-manager` }),
  // OpenShift 4 names its scheduler's static pod openshift-kube-scheduler-<node> (namespace openshift-kube-scheduler); its
  // kube-apiserver-<node>, kube-controller-manager-<node> and etcd-<node> keep the kubeadm names.
  c({ id: 'kube-scheduler', names: ['kube-scheduler', 'openshift-kube-scheduler'], kind: 'StaticPod', category: 'control-plane', hostNetwork: true, labels: { component: 'kube-scheduler', tier: 'control-plane' }, guide: 'components/kube-scheduler/', docs: `${K8S}#kube-scheduler` }),
  // OpenShift 4.x: a Deployment, one host-network pod per master, ready only while its etcd is healthy (openshift-etcd;
  // openshift-machine-config-operator in early 4.x). Not a control-plane static pod: it does not make its node a control-plane node.
  c({ id: 'etcd-quorum-guard', kind: 'Deployment', category: 'control-plane', hostNetwork: true, namespaces: ['openshift-etcd', 'openshift-machine-config-operator'], guide: 'components/etcd/', docs: 'https://github.com/openshift/machine-config-operator/blob/master/docs/etcd-quorum-guard.md' }),
  // Since 4.10 the static-pod operators keep a bare guard pod on each control-plane node, <operand>-guard-<node>, ready only while
  // that node's static pod is, with a disruption budget over them (it replaced etcd-quorum-guard; hunts bl/26, bl/27). Generic
  // beginnings: only in the static pods' namespaces.
  c({ id: 'openshift-static-pod-guard', names: [], prefixes: ['etcd-guard-', 'kube-apiserver-guard-', 'kube-controller-manager-guard-', 'openshift-kube-scheduler-guard-'], kind: 'Pod', category: 'control-plane', namespaces: OPENSHIFT_STATIC_POD_NAMESPACES, onlyInNamespaces: true, guide: 'components/etcd/', docs: 'https://github.com/openshift/library-go/tree/master/pkg/operator/staticpod/controller/guard' }),
  // OpenShift's control-plane operators roll out each revision of their static pod with a bare pod per node, named after
  // the revision and the node (installer-11-<node>, installer-11-retry-1-<node>), and clear old revisions' files the same
  // way (revision-pruner-11-<node>). Completed is their normal end. Generic names: only in those four namespaces.
  c({ id: 'openshift-installer', names: [], prefixes: ['installer-'], kind: 'Pod', category: 'control-plane', namespaces: OPENSHIFT_STATIC_POD_NAMESPACES, onlyInNamespaces: true, docs: 'https://github.com/openshift/cluster-kube-apiserver-operator#readme' }),
  // `oc adm must-gather` makes its pod itself (generateName must-gather-) in a temporary openshift-must-gather-<5> namespace, no
  // controller over it; once the gather container ends, the copy container stays while oc copies the data out (hunt cy/12).
  // The test pod `helm create` scaffolds into every new chart (templates/tests/test-connection.yaml, a helm.sh/hook: test): a bare
  // pod <fullname>-test-connection that wgets the chart's Service once, run by `helm test` and left behind (eh/12).
  c({ id: 'helm-test-connection', names: [], suffixes: ['-test-connection'], kind: 'Pod', category: 'addon', namespaces: [], docs: 'https://helm.sh/docs/topics/chart_tests/' }),
  c({ id: 'openshift-must-gather', names: ['must-gather'], kind: 'Pod', category: 'addon', namespaces: [], docs: 'https://docs.openshift.com/container-platform/latest/support/gathering-cluster-data.html' }),
  c({ id: 'openshift-revision-pruner', names: [], prefixes: ['revision-pruner-'], kind: 'Pod', category: 'control-plane', namespaces: OPENSHIFT_STATIC_POD_NAMESPACES, onlyInNamespaces: true, docs: 'https://github.com/openshift/cluster-kube-apiserver-operator#readme' }),
  // Before the suffix patterns: k3s's and RKE2's install Job of a chart named after what it installs
  // (helm-install-openstack-cloud-controller-manager) is the Job's, not that component's.
  c({ id: 'helm-install', names: [], prefixes: ['helm-install-'], kind: 'Job', category: 'addon', docs: 'https://docs.k3s.io/helm' }),
  // kim, the image builder of Rancher Desktop up to 0.6 (and `kim builder install` on k3s): BuildKit and kim's agent in the DaemonSet
  // builder, on the host network, in kube-image (hunt bp/02, bp/03). `builder` alone is any project's word: only in kube-image.
  c({ id: 'kim-builder', names: ['builder'], generic: ['builder'], namespaces: ['kube-image'], onlyInNamespaces: true, kind: 'DaemonSet', category: 'addon', hostNetwork: true, labels: { app: 'kim', component: 'builder' }, docs: 'https://github.com/rancher/kim#readme' }),
  c({ id: 'cloud-controller-manager', kind: 'DaemonSet', category: 'control-plane', hostNetwork: true, prefixes: ['cloud-controller-manager'], suffixes: ['-cloud-controller-manager'], guide: 'architecture/', docs: 'https://kubernetes.io/docs/concepts/architecture/cloud-controller/' }),
  // Node agents.
  // kubeadm 1.4-1.5 named its DaemonSet after the node architecture (kube-proxy-amd64), as flannel's manifests did; Alibaba
  // Cloud's ACK runs kube-proxy-worker on its workers (and kube-proxy-master on the masters of its dedicated clusters).
  c({ id: 'kube-proxy', names: ['kube-proxy', 'kube-proxy-amd64', 'kube-proxy-arm64', 'kube-proxy-arm', 'kube-proxy-worker', 'kube-proxy-master'], kind: 'DaemonSet', category: 'proxy', hostNetwork: true, labels: { 'k8s-app': 'kube-proxy' }, guide: 'components/kube-proxy/', docs: `${K8S}#kube-proxy` }),
  // Its own entry, not a name of kube-proxy: today's HostProcess DaemonSet runs on the host network, but the earlier
  // wins-based manifest of sig-windows-tools set no hostNetwork, so its IP says nothing sure about the node's.
  c({ id: 'kube-proxy-windows', kind: 'DaemonSet', category: 'proxy', guide: 'components/kube-proxy/', docs: 'https://kubernetes.io/docs/concepts/services-networking/windows-networking/' }),
  // OpenShift 3.11 with a network plugin other than its SDN (Calico on Red Hat OpenShift on IBM Cloud 3.11): openshift-ansible's
  // kube_proxy_and_dns role runs the node's Service proxy and DNS as this DaemonSet, on the host network. Only in its namespace.
  c({ id: 'proxy-and-dns', kind: 'DaemonSet', category: 'proxy', hostNetwork: true, namespaces: ['kube-proxy-and-dns'], onlyInNamespaces: true, guide: 'components/kube-proxy/', docs: 'https://github.com/openshift/openshift-ansible/tree/release-3.11/roles/kube_proxy_and_dns' }),
  // OVHcloud's Managed Kubernetes names its agent ovhcloud-konnectivity-agent (a Deployment).
  c({ id: 'konnectivity-agent', names: ['konnectivity-agent', 'ovhcloud-konnectivity-agent'], kind: 'DaemonSet', category: 'addon', docs: 'https://kubernetes.io/docs/tasks/extend-kubernetes/setup-konnectivity/', guide: 'architecture/' }),
  c({ id: 'konnectivity-agent-autoscaler', kind: 'Deployment', category: 'addon', docs: 'https://kubernetes.io/docs/tasks/extend-kubernetes/setup-konnectivity/', guide: 'architecture/' }),
  // The other end of the agents' tunnels, beside the API server: a static pod on each control-plane node in Kubernetes' setup guide
  // (konnectivity-server-<node>, on the host network), a Deployment in a hosted control plane's namespace (HyperShift). Managed
  // clusters run it where the paste cannot see it.
  c({ id: 'konnectivity-server', kind: 'Deployment', category: 'addon', docs: 'https://kubernetes.io/docs/tasks/extend-kubernetes/setup-konnectivity/', guide: 'architecture/' }),
  // HyperShift's hosted clusters: a static pod on every worker, kube-apiserver-proxy-<node> (an HAProxy on the host network), forwards the
  // kubernetes Service's address to the hosted API server, which runs as a Deployment in the management cluster (hunt br/05). Not the
  // API server and no control-plane node: the prefix keeps `proxy-` out of the node's name.
  c({ id: 'kube-apiserver-proxy', prefixes: ['kube-apiserver-proxy-'], kind: 'StaticPod', category: 'load-balancer', hostNetwork: true, guide: 'architecture/', docs: HYPERSHIFT }),
  // OVHcloud's Managed Kubernetes: a proxy on every node in front of the managed API server (kube-system).
  c({ id: 'ovhcloud-apiserver-proxy', kind: 'DaemonSet', category: 'addon', guide: 'architecture/', docs: 'https://www.ovhcloud.com/en/public-cloud/kubernetes/' }),
  // AKS's API server tunnel before konnectivity-agent: tunnelfront (an SSH tunnel, to 2021), then aks-link (OpenVPN) on some clusters.
  // Deployments in kube-system; while it is down, kubectl logs, exec and port-forward and the webhooks fail, the rest keeps working.
  // AKS (2017-2019): kube-svc-redirect, a DaemonSet beside tunnelfront, sent the pods' traffic for the kubernetes Service to the
  // managed API server's address.
  c({ id: 'kube-svc-redirect', kind: 'DaemonSet', category: 'addon', guide: 'architecture/', docs: 'https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/connectivity/tunnel-connectivity-issues' }),
  c({ id: 'tunnelfront', names: ['tunnelfront', 'aks-link'], kind: 'Deployment', category: 'addon', guide: 'architecture/', docs: 'https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/connectivity/tunnel-connectivity-issues' }),
  // AKS's cluster extensions manager (app.kubernetes.io/name=extension-manager), there once an extension is installed: extension-agent
  // fetches the extensions' configuration from Azure, extension-operator installs them as Helm releases. Generic names: only in kube-system.
  c({ id: 'aks-extension-manager', names: ['extension-agent', 'extension-operator'], generic: ['extension-agent', 'extension-operator'], kind: 'Deployment', category: 'addon', onlyInNamespaces: true, docs: 'https://learn.microsoft.com/en-us/azure/aks/cluster-extensions' }),
  // Azure Arc-enabled Kubernetes: the agents its Helm chart runs in azure-arc when a cluster is connected (hunt as/13). Several are
  // anyone's names (config-agent, controller-manager): only there.
  c({ id: 'azure-arc-agents', names: ['clusterconnect-agent', 'clusteridentityoperator', 'cluster-metadata-operator', 'config-agent', 'controller-manager', 'extension-manager', 'extension-events-collector', 'flux-logs-agent', 'kube-aad-proxy', 'metrics-agent', 'resource-sync-agent', 'logcollector'], kind: 'Deployment', category: 'addon', namespaces: ['azure-arc'], onlyInNamespaces: true, docs: 'https://learn.microsoft.com/en-us/azure/azure-arc/kubernetes/conceptual-agent-overview' }),
  // IBM Cloud Kubernetes Service's (and Red Hat OpenShift on IBM Cloud's) managed pods: the OpenVPN client through which the master
  // reaches the workers before Konnectivity (a generic name: only in kube-system), and HAProxy on each worker in front of the master,
  // a static pod named after its worker, whose name is its IP (ibm-master-proxy-static-10.76.68.138).
  c({ id: 'iks-vpn', names: ['vpn'], generic: ['vpn'], kind: 'Deployment', category: 'addon', onlyInNamespaces: true, guide: 'architecture/', docs: 'https://cloud.ibm.com/docs/containers?topic=containers-service-arch' }),
  c({ id: 'ibm-master-proxy', names: ['ibm-master-proxy-static'], prefixes: ['ibm-master-proxy-static-'], kind: 'StaticPod', category: 'addon', guide: 'architecture/', docs: 'https://cloud.ibm.com/docs/containers?topic=containers-service-arch' }),
  // IBM Cloud Kubernetes Service's Ingress ALBs (kube-system): a Deployment per ALB, public-cr<cluster ID>-alb<n> or
  // private-cr<cluster ID>-alb<n>. Prefixes too loose for other namespaces: only in kube-system.
  c({ id: 'iks-alb', names: [], prefixes: ['public-cr', 'private-cr'], kind: 'Deployment', category: 'ingress', onlyInNamespaces: true, docs: 'https://cloud.ibm.com/docs/containers?topic=containers-ingress-types' }),
  c({ id: 'ibm-keepalived-watcher', kind: 'DaemonSet', category: 'addon', docs: 'https://cloud.ibm.com/docs/containers?topic=containers-update' }),
  c({ id: 'ip-masq-agent', names: ['ip-masq-agent', 'azure-ip-masq-agent'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, labels: { 'k8s-app': 'ip-masq-agent' }, docs: 'https://kubernetes.io/docs/tasks/administer-cluster/ip-masq-agent/' }),
  c({ id: 'cloud-node-manager', names: ['cloud-node-manager', 'azure-cloud-node-manager'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, labels: { 'k8s-app': 'cloud-node-manager' }, guide: 'architecture/', docs: 'https://cloud-provider-azure.sigs.k8s.io/' }),
  // kubeadm's self-hosting (alpha, 1.8-1.x: `kubeadm init --feature-gates=SelfHosting=true`, or `kubeadm alpha phase selfhosting`)
  // turned the control plane's static pods into DaemonSets on the control-plane nodes: self-hosted-kube-apiserver and its kin.
  c({ id: 'self-hosted-control-plane', names: ['self-hosted-kube-apiserver', 'self-hosted-kube-controller-manager', 'self-hosted-kube-scheduler'], kind: 'DaemonSet', category: 'control-plane', hostNetwork: true, guide: 'architecture/', docs: 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/#self-hosting' }),
  // bootkube's and Tectonic's self-hosted control plane (2016-2019): the checkpointer keeps a copy of each self-hosted control-plane
  // pod as a static pod on its master, so the master can start again without an API server (pod-checkpointer, a DaemonSet;
  // checkpoint-installer installed it in early releases; kube-etcd-network-checkpointer keeps the self-hosted etcd reachable). On
  // the masters' host network. boot-etcd is bootkube's temporary etcd, a static pod on the first master while the cluster forms.
  c({ id: 'pod-checkpointer', names: ['pod-checkpointer', 'checkpoint-installer', 'kube-etcd-network-checkpointer'], kind: 'DaemonSet', category: 'control-plane', hostNetwork: true, guide: 'architecture/', docs: 'https://github.com/kubernetes-retired/bootkube/blob/master/Documentation/disaster-recovery.md' }),
  // bootkube's first releases (2016) checkpointed only the API server, as the static pod kube-api-checkpoint-<node> on the master
  // that ran it: where it runs, the API server does.
  c({ id: 'kube-api-checkpoint', kind: 'StaticPod', category: 'control-plane', hostNetwork: true, guide: 'architecture/', docs: 'https://github.com/kubernetes-retired/bootkube/blob/master/Documentation/disaster-recovery.md' }),
  c({ id: 'boot-etcd', prefixes: ['boot-etcd-'], kind: 'StaticPod', category: 'control-plane', guide: 'components/etcd/', docs: 'https://github.com/kubernetes-retired/bootkube#readme' }),
  // OpenShift 3.10-3.11 ran its control plane as static pods master-api-<node>, master-controllers-<node> and master-etcd-<node>.
  c({ id: 'openshift-master-api', names: ['master-api'], prefixes: ['master-api-'], kind: 'StaticPod', category: 'control-plane', hostNetwork: true, guide: 'components/kube-apiserver/', docs: OPENSHIFT_3 }),
  c({ id: 'openshift-master-controllers', names: ['master-controllers'], prefixes: ['master-controllers-'], kind: 'StaticPod', category: 'control-plane', hostNetwork: true, guide: 'components/kube-controller-manager/', docs: OPENSHIFT_3 }),
  c({ id: 'openshift-master-etcd', names: ['master-etcd'], prefixes: ['master-etcd-'], kind: 'StaticPod', category: 'control-plane', hostNetwork: true, guide: 'components/etcd/', docs: OPENSHIFT_3 }),
  // OpenShift 3's integrated registry and router, DeploymentConfigs in default: generic names, only there.
  c({ id: 'openshift3-registry', names: ['docker-registry', 'registry-console'], generic: ['docker-registry', 'registry-console'], kind: 'DeploymentConfig', category: 'addon', namespaces: ['default'], onlyInNamespaces: true, docs: OPENSHIFT_3 }),
  c({ id: 'openshift3-router', names: ['router'], generic: ['router'], kind: 'DeploymentConfig', category: 'ingress', namespaces: ['default'], onlyInNamespaces: true, docs: OPENSHIFT_3 }),
  // Old kube-up and minikube masters ran it as a static pod: kube-addon-manager-<node>.
  c({ id: 'kube-addon-manager', prefixes: ['kube-addon-manager-'], kind: 'StaticPod', category: 'addon', hostNetwork: true, labels: { component: 'kube-addon-manager' }, docs: 'https://github.com/kubernetes/kubernetes/tree/master/cluster/addons/addon-manager' }),
  // CNI plugins.
  // calico-node-windows: the HostProcess DaemonSet on Windows nodes (HostProcess pods must use the host network).
  c({ id: 'calico-node', names: ['calico-node', 'calico-node-windows'], kind: 'DaemonSet', category: 'cni', provides: 'calico', hostNetwork: true, namespaces: ['kube-system', 'calico-system'], labels: { 'k8s-app': 'calico-node' }, guide: 'components/cni/', docs: 'https://docs.tigera.io/calico/latest/reference/architecture/overview' }),
  c({ id: 'calico-kube-controllers', kind: 'Deployment', category: 'cni', provides: 'calico', namespaces: ['kube-system', 'calico-system'], labels: { 'k8s-app': 'calico-kube-controllers' }, guide: 'components/cni/', docs: 'https://docs.tigera.io/calico/latest/reference/kube-controllers/configuration' }),
  // Calico 2.x's policy controller, which calico-kube-controllers replaced in 3.0; host network so that no policy cuts it off. Early
  // hosted manifests (kubeadm 1.4-1.5, CoreOS's guides) ran it as a bare ReplicaSet, Calico 2.1-2.6's as a Deployment, whose pods show
  // their hash anyway.
  c({ id: 'calico-policy-controller', kind: 'ReplicaSet', category: 'cni', provides: 'calico', hostNetwork: true, labels: { 'k8s-app': 'calico-policy' }, guide: 'components/cni/', docs: 'https://github.com/projectcalico/k8s-policy#readme' }),
  // Before it (Calico's policy beta, early 2016) calico-policy-agent did the same, a ReplicationController in calico-system.
  c({ id: 'calico-policy-agent', kind: 'ReplicationController', category: 'cni', provides: 'calico', namespaces: ['calico-system'], guide: 'components/cni/', docs: 'https://github.com/projectcalico/k8s-policy#readme' }),
  c({ id: 'calico-typha', kind: 'Deployment', category: 'cni', provides: 'calico', hostNetwork: true, namespaces: ['kube-system', 'calico-system'], guide: 'components/cni/', docs: 'https://docs.tigera.io/calico/latest/reference/typha/overview' }),
  // One id for GKE's three Calico autoscalers: they only resize Calico's own workloads.
  c({ id: 'calico-autoscaler', names: ['calico-typha-horizontal-autoscaler', 'calico-typha-vertical-autoscaler', 'calico-node-vertical-autoscaler'], kind: 'Deployment', category: 'cni', provides: 'calico', guide: 'components/cni/', docs: 'https://github.com/kubernetes-sigs/cluster-proportional-autoscaler#readme' }),
  // Calico's own etcd from the early kubeadm manifests; host network because calico-node needs it before pod networking exists.
  c({ id: 'calico-etcd', kind: 'DaemonSet', category: 'cni', provides: 'calico', hostNetwork: true, labels: { 'k8s-app': 'calico-etcd' }, guide: 'components/cni/', docs: 'https://docs.tigera.io/calico/latest/reference/architecture/overview' }),
  // The one-shot Job of the early kubeadm-style Calico manifests (Calico 2.x, etcd datastore): runs calicoctl on the master, on the host
  // network, to create the pod network's IP pool. Completed is its end; it claims no CNI (no `provides`), it only configured Calico once.
  c({ id: 'configure-calico', kind: 'Job', category: 'cni', hostNetwork: true, guide: 'components/cni/', docs: 'https://docs.tigera.io/calico/latest/reference/resources/ippool' }),
  // kOps's Job that finishes its Calico v2 to v3 migration (calico-complete-upgrade-v331); new pods wait until it completes (hunt bq/07,
  // bq/11). Like configure-calico it claims no CNI: the Job's pod may outlive Calico, and calico-node says Calico runs.
  c({ id: 'calico-complete-upgrade', prefixes: ['calico-complete-upgrade-'], kind: 'Job', category: 'cni', guide: 'components/cni/', docs: 'https://github.com/kubernetes/kops/blob/cd17ac0e74260c84e6f92c3dd53db2fedb175d48/docs/calico-v3.md' }),
  // Calico's documented calicoctl.yaml: calicoctl as a bare pod in kube-system, on the host network, to run calicoctl with
  // kubectl exec. A tool, not part of the data path: no `provides`, so it neither names the CNI nor raises a CNI alarm.
  c({ id: 'calicoctl', kind: 'Pod', category: 'cni', hostNetwork: true, guide: 'components/cni/', docs: 'https://docs.tigera.io/calico/latest/operations/calicoctl/install' }),
  // The DNS debugging pod of the Kubernetes docs (dnsutils.yaml): a bare pod that sleeps, to run nslookup and dig in with kubectl
  // exec. The docs' older manifest slept 3600 s with restartPolicy Always, so it restarts once an hour (hunt cy/02); see HOURLY_SLEEPERS.
  c({ id: 'dnsutils', kind: 'Pod', category: 'addon', namespaces: ['default'], docs: 'https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/' }),
  // The test pod dnsutils replaced: the docs' busybox.yaml (busybox:1.28, sleep 3600, restartPolicy Always) and the guides'
  // `kubectl run busybox` (a Deployment before kubectl 1.18, hunt df/11, df/17), to run nslookup in. A bare pod named busybox
  // is most often one; it restarts hourly as dnsutils did (hunt db/15: 183 in 13d); see HOURLY_SLEEPERS.
  c({ id: 'busybox', kind: 'Pod', category: 'addon', namespaces: ['default'], docs: 'https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/' }),
  // The pod `kubectl debug node/<node>` creates (kubectl 1.20+): node-debugger-<node>-<5 of the generator's alphabet>, a bare pod
  // pinned to that node, on its host network, IPC and PID namespaces, the node's root mounted at /host. kubectl never deletes
  // it, so one left Running or Completed after the session is the user's to delete (ef/07); in any namespace (the current one).
  c({ id: 'kubectl-node-debugger', names: [], prefixes: ['node-debugger-'], kind: 'Pod', category: 'addon', hostNetwork: true, namespaces: [], docs: 'https://kubernetes.io/docs/tasks/debug/debug-cluster/kubectl-node-debug/' }),
  c({ id: 'calico-apiserver', kind: 'Deployment', category: 'cni', provides: 'calico', namespaces: ['calico-apiserver'], guide: 'components/cni/', docs: 'https://docs.tigera.io/calico/latest/operations/install-apiserver' }),
  c({ id: 'calico-csi-node-driver', names: ['csi-node-driver'], kind: 'DaemonSet', category: 'cni', provides: 'calico', namespaces: ['calico-system'], onlyInNamespaces: true, guide: 'components/cni/', docs: 'https://docs.tigera.io/calico/latest/reference/architecture/overview' }),
  c({ id: 'tigera-operator', kind: 'Deployment', category: 'cni', provides: 'calico', hostNetwork: true, namespaces: ['tigera-operator'], guide: 'components/cni/', docs: 'https://docs.tigera.io/calico/latest/reference/installation/api' }),
  c({ id: 'cilium', kind: 'DaemonSet', category: 'cni', provides: 'cilium', hostNetwork: true, labels: { 'k8s-app': 'cilium' }, guide: 'components/cni/', docs: 'https://docs.cilium.io/en/stable/overview/component-overview/' }),
  c({ id: 'cilium-operator', kind: 'Deployment', category: 'cni', provides: 'cilium', hostNetwork: true, guide: 'components/cni/', docs: 'https://docs.cilium.io/en/stable/internals/cilium_operator/' }),
  c({ id: 'hubble-relay', kind: 'Deployment', category: 'cni', provides: 'cilium', labels: { 'k8s-app': 'hubble-relay' }, guide: 'components/cni/', docs: 'https://docs.cilium.io/en/stable/overview/component-overview/' }),
  c({ id: 'hubble-ui', kind: 'Deployment', category: 'cni', provides: 'cilium', labels: { 'k8s-app': 'hubble-ui' }, guide: 'components/cni/', docs: 'https://docs.cilium.io/en/stable/overview/component-overview/' }),
  // GKE Dataplane V2's Cilium-based agent. Its own name, not 'cilium': Google runs and configures it, so Cilium's own install and upgrade docs do not apply.
  // Sized variants are separate DaemonSets (anetd-s, anetd-l, anetd-win...).
  c({ id: 'anetd', prefixes: ['anetd-'], kind: 'DaemonSet', category: 'cni', provides: 'gke-dataplane-v2', hostNetwork: true, guide: 'components/cni/', docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2' }),
  // GKE's netd writes each node's CNI config: its own ptp plugin's (10-gke-ptp.conflist) unless another plugin takes the pods
  // (Calico's for network policy, Dataplane V2's anetd beside it): the cluster stage names it only where no other CNI shows.
  c({ id: 'netd', kind: 'DaemonSet', category: 'cni', provides: 'gke-ptp', hostNetwork: true, labels: { 'k8s-app': 'netd' }, guide: 'components/cni/', docs: 'https://github.com/GoogleCloudPlatform/netd#readme' }),
  c({ id: 'cilium-envoy', kind: 'DaemonSet', category: 'cni', provides: 'cilium', hostNetwork: true, guide: 'components/cni/', docs: 'https://docs.cilium.io/en/stable/security/network/proxy/envoy/' }),
  c({ id: 'kube-flannel', names: ['kube-flannel-ds', 'kube-flannel', 'kube-flannel-ds-amd64', 'kube-flannel-ds-arm64', 'kube-flannel-ds-arm', 'flannel', 'kube-flannel-ds-windows-amd64'], kind: 'DaemonSet', category: 'cni', provides: 'flannel', hostNetwork: true, namespaces: ['kube-flannel', 'kube-system'], labels: { app: 'flannel' }, guide: 'components/cni/', docs: 'https://github.com/flannel-io/flannel#readme' }),
  // One id for all: RKE2's default CNI chart (rke2-canal) renders the same canal DaemonSet under its release name;
  // Kubespray and kube-aws name it canal-node, kube-aws a second one for its controllers canal-master (dl/03).
  c({ id: 'canal', names: ['canal', 'rke2-canal', 'canal-node', 'canal-master'], kind: 'DaemonSet', category: 'cni', provides: 'canal', hostNetwork: true, labels: { 'k8s-app': 'canal' }, guide: 'components/cni/', docs: 'https://docs.rke2.io/networking/basic_network_options' }),
  c({ id: 'kube-router', kind: 'DaemonSet', category: 'cni', provides: 'kube-router', hostNetwork: true, labels: { 'k8s-app': 'kube-router' }, guide: 'components/cni/', docs: 'https://github.com/cloudnativelabs/kube-router#readme' }),
  c({ id: 'weave-net', kind: 'DaemonSet', category: 'cni', provides: 'weave', hostNetwork: true, labels: { name: 'weave-net' }, guide: 'components/cni/', docs: 'https://github.com/weaveworks/weave#readme' }),
  // MicroShift (OKD's, microshift-io) runs kindnet as kube-kindnet-ds in its own namespace kube-kindnet (hunt bh/14).
  c({ id: 'kindnet', names: ['kindnet', 'kube-kindnet-ds'], namespaces: ['kube-system', 'kube-kindnet'], kind: 'DaemonSet', category: 'cni', provides: 'kindnet', hostNetwork: true, labels: { app: 'kindnet' }, guide: 'components/cni/', docs: 'https://kind.sigs.k8s.io/docs/design/initial/' }),
  c({ id: 'aws-node', kind: 'DaemonSet', category: 'cni', provides: 'aws-vpc-cni', hostNetwork: true, labels: { 'k8s-app': 'aws-node' }, guide: 'components/cni/', docs: 'https://docs.aws.amazon.com/eks/latest/userguide/managing-vpc-cni.html' }),
  c({ id: 'azure-cns', kind: 'DaemonSet', category: 'cni', provides: 'azure-cni', hostNetwork: true, labels: { 'k8s-app': 'azure-cns' }, guide: 'components/cni/', docs: 'https://learn.microsoft.com/en-us/azure/aks/azure-cni-overview' }),
  // Cluster API for Azure's azure-cni add-on: a DaemonSet that installs the Azure CNI plugin on each node.
  c({ id: 'azure-cni', kind: 'DaemonSet', category: 'cni', provides: 'azure-cni', hostNetwork: true, guide: 'components/cni/', docs: 'https://capz.sigs.k8s.io/topics/addons.html' }),
  // AKS's network monitor, shipped with Azure CNI (k8s-app=azure-cnms): a node's CNI agent, so it names the CNI.
  c({ id: 'azure-cni-networkmonitor', kind: 'DaemonSet', category: 'cni', provides: 'azure-cni', hostNetwork: true, labels: { 'k8s-app': 'azure-cnms' }, guide: 'components/cni/', docs: 'https://github.com/Azure/azure-container-networking#readme' }),
  c({ id: 'antrea-agent', names: ['antrea-agent', 'antrea-agent-windows'], kind: 'DaemonSet', category: 'cni', provides: 'antrea', hostNetwork: true, guide: 'components/cni/', docs: 'https://antrea.io/docs/main/docs/design/architecture/' }),
  c({ id: 'antrea-controller', kind: 'Deployment', category: 'cni', provides: 'antrea', hostNetwork: true, guide: 'components/cni/', docs: 'https://antrea.io/docs/main/docs/design/architecture/' }),
  // A GKE add-on, often running with no antrea-controller in the cluster: no CNI claim.
  c({ id: 'antrea-controller-horizontal-autoscaler', kind: 'Deployment', category: 'addon', docs: 'https://antrea.io/docs/main/docs/design/architecture/' }),
  // OVN-Kubernetes, OpenShift's default CNI (openshift-ovn-kubernetes; upstream installs use ovn-kubernetes). All three run on
  // the host network; HyperShift's copies in the management cluster do not, but they live in the hosted control plane's namespace.
  // Its daemonsets of version 3 (2018-2019) named the node agent ovnkube (hunt bl/12), a name no one else uses.
  c({ id: 'ovnkube-node', names: ['ovnkube-node', 'ovnkube'], kind: 'DaemonSet', category: 'cni', provides: 'ovn-kubernetes', hostNetwork: true, namespaces: ['openshift-ovn-kubernetes', 'ovn-kubernetes'], guide: 'components/cni/', docs: 'https://github.com/ovn-kubernetes/ovn-kubernetes#readme' }),
  // Up to OpenShift 4.13 a DaemonSet on the masters (a Deployment upstream); ovnkube-control-plane took over in 4.14.
  c({ id: 'ovnkube-master', kind: 'DaemonSet', category: 'cni', provides: 'ovn-kubernetes', hostNetwork: true, namespaces: ['openshift-ovn-kubernetes', 'ovn-kubernetes'], guide: 'components/cni/', docs: 'https://github.com/ovn-kubernetes/ovn-kubernetes#readme' }),
  // Open vSwitch in a pod of its own (ovn-kubernetes' ovs-node DaemonSet; OpenShift's until 4.6 moved it to the host), and the
  // node-identity webhook that limits what each node's ovnkube may write (upstream ovnkube-identity, OpenShift 4.14's
  // network-node-identity): hunt bl/13. Generic names: only in OVN-Kubernetes' namespaces.
  c({ id: 'ovn-kubernetes-ovs-node', names: ['ovs-node'], kind: 'DaemonSet', category: 'cni', provides: 'ovn-kubernetes', hostNetwork: true, namespaces: ['openshift-ovn-kubernetes', 'ovn-kubernetes'], onlyInNamespaces: true, guide: 'components/cni/', docs: 'https://github.com/ovn-kubernetes/ovn-kubernetes#readme' }),
  c({ id: 'ovnkube-identity', names: ['ovnkube-identity', 'network-node-identity'], generic: ['network-node-identity'], kind: 'Deployment', category: 'security', hostNetwork: true, namespaces: ['ovn-kubernetes', 'openshift-network-node-identity'], onlyInNamespaces: true, docs: 'https://github.com/ovn-kubernetes/ovn-kubernetes#readme' }),
  // The network operator's DaemonSet that pulls the next OVN-Kubernetes image on every node before an upgrade (hunt bl/23): no CNI claim.
  // The OVN Northbound and Southbound databases upstream (OpenShift runs them in ovnkube-master, later ovnkube-node): a StatefulSet of
  // raft members (ovnkube-db-0..2, dist/templates/ovnkube-db-raft.yaml.j2), or a Deployment of one without raft; host network either way.
  c({ id: 'ovnkube-db', kind: 'StatefulSet', category: 'cni', provides: 'ovn-kubernetes', hostNetwork: true, namespaces: ['ovn-kubernetes'], labels: { name: 'ovnkube-db' }, guide: 'components/cni/', docs: 'https://github.com/ovn-kubernetes/ovn-kubernetes#readme' }),
  c({ id: 'ovnkube-upgrades-prepuller', kind: 'DaemonSet', category: 'cni', namespaces: ['openshift-ovn-kubernetes'], docs: 'https://github.com/openshift/cluster-network-operator#readme' }),
  c({ id: 'ovnkube-control-plane', kind: 'Deployment', category: 'cni', provides: 'ovn-kubernetes', hostNetwork: true, namespaces: ['openshift-ovn-kubernetes', 'ovn-kubernetes'], guide: 'components/cni/', docs: 'https://github.com/ovn-kubernetes/ovn-kubernetes#readme' }),
  // OpenShift SDN (openshift-sdn; OpenShift 3.x and 4.x up to 4.16): the node agent, its controller on the masters, and Open
  // vSwitch in a pod of its own until 4.6 moved it to the host. Generic names: only in openshift-sdn.
  c({ id: 'openshift-sdn', names: ['sdn'], kind: 'DaemonSet', category: 'cni', provides: 'openshift-sdn', hostNetwork: true, namespaces: ['openshift-sdn'], onlyInNamespaces: true, guide: 'components/cni/', docs: OPENSHIFT_SDN }),
  c({ id: 'openshift-sdn-controller', names: ['sdn-controller'], kind: 'DaemonSet', category: 'cni', provides: 'openshift-sdn', namespaces: ['openshift-sdn'], onlyInNamespaces: true, guide: 'components/cni/', docs: OPENSHIFT_SDN }),
  c({ id: 'openshift-sdn-ovs', names: ['ovs'], kind: 'DaemonSet', category: 'cni', provides: 'openshift-sdn', hostNetwork: true, namespaces: ['openshift-sdn'], onlyInNamespaces: true, guide: 'components/cni/', docs: OPENSHIFT_SDN }),
  // Multus is a meta-plugin that calls the cluster's real CNI: no `provides`, so it never hides that CNI.
  // kube-multus-ds(-amd64): the upstream manifests; multus: OpenShift's DaemonSet in openshift-multus; rke2-multus (rke2-multus-ds
  // before): RKE2's chart, which Harvester runs; spiderpool-multus: the Multus that Spiderpool's chart installs.
  // Kube-OVN (kube-system; kube-ovn before 1.x): its CNI daemon, Open vSwitch and the OVN databases and its controller
  // run on the host network; the pinger, which checks the pod network from every node, does not.
  c({ id: 'kube-ovn-cni', kind: 'DaemonSet', category: 'cni', provides: 'kube-ovn', hostNetwork: true, namespaces: ['kube-system', 'kube-ovn'], guide: 'components/cni/', docs: 'https://kubeovn.github.io/docs/stable/en/reference/architecture/' }),
  c({ id: 'ovs-ovn', kind: 'DaemonSet', category: 'cni', provides: 'kube-ovn', hostNetwork: true, namespaces: ['kube-system', 'kube-ovn'], guide: 'components/cni/', docs: 'https://kubeovn.github.io/docs/stable/en/reference/architecture/' }),
  c({ id: 'kube-ovn-controller', names: ['kube-ovn-controller', 'ovn-central', 'kube-ovn-monitor'], kind: 'Deployment', category: 'cni', provides: 'kube-ovn', hostNetwork: true, namespaces: ['kube-system', 'kube-ovn'], guide: 'components/cni/', docs: 'https://kubeovn.github.io/docs/stable/en/reference/architecture/' }),
  c({ id: 'kube-ovn-pinger', kind: 'DaemonSet', category: 'cni', provides: 'kube-ovn', namespaces: ['kube-system', 'kube-ovn'], guide: 'components/cni/', docs: 'https://kubeovn.github.io/docs/stable/en/reference/architecture/' }),
  c({ id: 'multus', names: ['multus', 'kube-multus-ds', 'kube-multus-ds-amd64', 'rke2-multus', 'rke2-multus-ds', 'spiderpool-multus'], kind: 'DaemonSet', category: 'cni', hostNetwork: true, namespaces: ['kube-system', 'openshift-multus'], guide: 'components/cni/', docs: 'https://github.com/k8snetworkplumbingwg/multus-cni#readme' }),
  c({ id: 'multus-additional-cni-plugins', kind: 'DaemonSet', category: 'cni', hostNetwork: true, namespaces: ['openshift-multus'], guide: 'components/cni/', docs: 'https://github.com/openshift/cluster-network-operator#readme' }),
  // OKE's VCN-native pod networking: pods take IPs from the VCN's pod subnet.
  c({ id: 'vcn-native-ip-cni', kind: 'DaemonSet', category: 'cni', provides: 'oci-vcn-native', hostNetwork: true, guide: 'components/cni/', docs: 'https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengpodnetworking_topic-OCI_CNI_plugin.htm' }),
  // Istio's chained CNI plugin (traffic redirection to the sidecar or ztunnel), run after the cluster's own CNI: no `provides`.
  // Host network only in some modes (ambient's shareHostNetworkNamespace): left off.
  c({ id: 'istio-cni-node', kind: 'DaemonSet', category: 'cni', namespaces: ['kube-system', 'istio-system', 'openshift-operators'], guide: 'components/cni/', docs: 'https://istio.io/latest/docs/setup/additional-setup/cni/' }),
  // Linkerd's CNI plugin does the same for its proxies (linkerd install-cni, chart linkerd2-cni): in linkerd-cni, or linkerd (hunt ao/22).
  c({ id: 'linkerd-cni', kind: 'DaemonSet', category: 'cni', namespaces: ['linkerd-cni', 'linkerd'], guide: 'components/cni/', docs: 'https://linkerd.io/2/features/cni/' }),
  // OpenShift Service Mesh up to 2.1 named that DaemonSet istio-node (istio-cni-node from 2.2), in openshift-operators beside its
  // operator, one install-cni container per control-plane version it supports. istio-node is too plain a name to count elsewhere.
  c({ id: 'ossm-istio-node', names: ['istio-node'], kind: 'DaemonSet', category: 'cni', namespaces: ['openshift-operators'], onlyInNamespaces: true, guide: 'components/cni/', docs: OSSM2 }),
  // Romana (kubeadm's and kops's network add-on list, 2016-2019; kube-system): its agent on every node installs the CNI plugin and
  // routes the node's pod block. Romana 1.x ran its central services (root, ipam, tenant, topology, policy) in one pod,
  // romana-services (a Deployment, or a DaemonSet on the master); 2.0 split them into romana-daemon, romana-listener and its own
  // etcd, romana-etcd. All on the host network.
  c({ id: 'romana-agent', kind: 'DaemonSet', category: 'cni', provides: 'romana', hostNetwork: true, guide: 'components/cni/', docs: 'https://github.com/romana/romana/blob/master/docs/kubernetes/components.md' }),
  c({ id: 'romana-services', names: ['romana-services', 'romana-daemon', 'romana-listener', 'romana-etcd'], kind: 'Deployment', category: 'cni', provides: 'romana', hostNetwork: true, guide: 'components/cni/', docs: 'https://github.com/romana/romana/blob/master/docs/kubernetes/components.md' }),
  // Contiv (contiv/install's manifests, kube-system): netplugin on every node (Open vSwitch), netmaster on the masters (a
  // ReplicaSet in 1.1.6, a DaemonSet since, with the API proxy beside it: contiv-api-proxy on its own in some releases), and
  // its own etcd on the masters with a proxy to it on the others. All on the host network.
  c({ id: 'contiv-netplugin', kind: 'DaemonSet', category: 'cni', provides: 'contiv', hostNetwork: true, guide: 'components/cni/', docs: 'https://github.com/contiv/install#readme' }),
  c({ id: 'contiv-netmaster', names: ['contiv-netmaster', 'contiv-api-proxy', 'contiv-etcd', 'contiv-etcd-proxy'], kind: 'DaemonSet', category: 'cni', provides: 'contiv', hostNetwork: true, guide: 'components/cni/', docs: 'https://github.com/contiv/install#readme' }),
  // Tencent TKE's GlobalRouter networking (kube-system): tke-bridge-agent sets up each node's bridge and routes for its pod
  // range (host network), tke-cni-agent copies the CNI plugins and their config onto the node. tke-cni-agent runs in other
  // network modes too: no `provides`, the bridge agent names the CNI.
  c({ id: 'tke-bridge-agent', kind: 'DaemonSet', category: 'cni', provides: 'tke-global-router', hostNetwork: true, guide: 'components/cni/', docs: 'https://cloud.tencent.com/document/product/457/39048' }),
  // Alibaba Cloud ACK's Terway (kube-system, managed by ACK): one DaemonSet per mode, terway (VPC routes), terway-eni (a whole
  // ENI per pod) and terway-eniip (ENI secondary addresses shared by pods, the usual one); on the host network, as it plugs
  // ENIs into the node.
  c({ id: 'terway', names: ['terway', 'terway-eni', 'terway-eniip'], kind: 'DaemonSet', category: 'cni', provides: 'terway', hostNetwork: true, guide: 'components/cni/', docs: 'https://github.com/AliyunContainerService/terway#readme' }),
  c({ id: 'tke-cni-agent', kind: 'DaemonSet', category: 'cni', guide: 'components/cni/', docs: 'https://cloud.tencent.com/document/product/457/39048' }),
  // OpenYurt's Raven (kube-system; ACK Edge too): pod traffic between node pools in different networks, through VPN tunnels
  // between gateway nodes or an L7 proxy. Host network. It names no CNI: it carries the cluster CNI's traffic across regions.
  c({ id: 'raven-agent', names: ['raven-agent-ds', 'raven-agent'], kind: 'DaemonSet', category: 'cni', hostNetwork: true, guide: 'components/cni/', docs: 'https://openyurt.io/docs/core-concepts/raven' }),
  // DNS.
  c({ id: 'coredns', names: ['coredns', 'rke2-coredns-rke2-coredns'], kind: 'Deployment', category: 'dns', provides: 'coredns', labels: { 'k8s-app': 'kube-dns' }, guide: 'components/coredns/', docs: 'https://kubernetes.io/docs/tasks/administer-cluster/coredns/' }),
  // kube-up clusters before Kubernetes 1.5 ran it as a ReplicationController named with its version (kube-dns-v19,
  // kube-dns-v20: pods kube-dns-v19-ezo1y), a Deployment named kube-dns since; acs-engine and early AKS kept the versioned
  // name for their Deployment (kube-dns-v20-<hash>-<5>). The prefix leaves kube-dns-autoscaler alone.
  c({ id: 'kube-dns', prefixes: ['kube-dns-v'], kind: 'Deployment', category: 'dns', provides: 'kube-dns', guide: 'components/coredns/', docs: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/' }),
  // The add-on's own name (kube-up's, GKE's and kops's kube-dns era) is kube-dns-autoscaler, whichever DNS it scales: shown as such,
  // not as CoreDNS's. Kubespray named it kubedns-autoscaler before dns-autoscaler.
  c({ id: 'kube-dns-autoscaler', names: ['kube-dns-autoscaler', 'kubedns-autoscaler'], kind: 'Deployment', category: 'dns', guide: 'components/coredns/', docs: 'https://kubernetes.io/docs/tasks/administer-cluster/dns-horizontal-autoscaling/' }),
  c({ id: 'coredns-autoscaler', names: ['coredns-autoscaler', 'dns-autoscaler', 'rke2-coredns-rke2-coredns-autoscaler'], kind: 'Deployment', category: 'dns', guide: 'components/coredns/', docs: 'https://kubernetes.io/docs/tasks/administer-cluster/dns-horizontal-autoscaling/' }),
  c({ id: 'nodelocaldns', names: ['nodelocaldns', 'node-local-dns'], kind: 'DaemonSet', category: 'dns', hostNetwork: true, guide: 'components/coredns/', docs: 'https://kubernetes.io/docs/tasks/administer-cluster/nodelocaldns/' }),
  // A node-local CoreDNS some Talos setups run beside the cluster's CoreDNS (a DaemonSet on the host network, at a link-local address
  // the kubelet hands to pods): a cache, not the cluster's DNS server, so no `provides` and CoreDNS stays the cluster's DNS.
  c({ id: 'coredns-local', kind: 'DaemonSet', category: 'dns', hostNetwork: true, guide: 'components/coredns/', docs: 'https://github.com/sergelogvinov/terraform-talos#readme' }),
  // OpenShift's DNS operator: CoreDNS as the DaemonSet dns-<name of the DNS resource> (default), on the pod network.
  c({ id: 'dns-default', kind: 'DaemonSet', category: 'dns', provides: 'coredns', namespaces: ['openshift-dns'], guide: 'components/coredns/', docs: 'https://github.com/openshift/cluster-dns-operator#readme' }),
  // A generic name: only in openshift-dns. Host network so it needs no pod-network interface (SR-IOV) on each node.
  c({ id: 'node-resolver', kind: 'DaemonSet', category: 'dns', hostNetwork: true, namespaces: ['openshift-dns'], onlyInNamespaces: true, guide: 'components/coredns/', docs: 'https://github.com/openshift/cluster-dns-operator#readme' }),
  // Add-ons.
  // kops's DNS records for the API and etcd (Route 53, Cloud DNS...), needed before anything can reach the apiserver by name.
  c({ id: 'dns-controller', kind: 'Deployment', category: 'addon', hostNetwork: true, docs: 'https://github.com/kubernetes/kops/tree/master/dns-controller' }),
  // kops's own controller, a DaemonSet on the control-plane nodes on their network, and the AWS add-ons it installs in kube-system: the IAM
  // authenticator (a DaemonSet there too), the node termination handler (a Deployment in its queue-processor mode, a DaemonSet in its
  // IMDS one) and the pod identity webhook (hunt bf/04, 11, 21).
  c({ id: 'kops-controller', kind: 'DaemonSet', category: 'addon', hostNetwork: true, docs: 'https://github.com/kubernetes/kops/tree/master/cmd/kops-controller' }),
  c({ id: 'aws-iam-authenticator', kind: 'DaemonSet', category: 'security', hostNetwork: true, docs: 'https://github.com/kubernetes-sigs/aws-iam-authenticator#readme' }),
  c({ id: 'aws-node-termination-handler', kind: 'DaemonSet', category: 'addon', docs: 'https://github.com/aws/aws-node-termination-handler#readme' }),
  c({ id: 'pod-identity-webhook', names: ['pod-identity-webhook', 'amazon-eks-pod-identity-webhook'], kind: 'Deployment', category: 'security', docs: 'https://github.com/aws/amazon-eks-pod-identity-webhook#readme' }),
  // kubeadm 1.4-1.5: kube-discovery served the signed cluster info that `kubeadm join --token` fetched (port 9898 on the master).
  c({ id: 'kube-discovery', kind: 'Deployment', category: 'addon', hostNetwork: true, docs: 'https://github.com/kubernetes/kubernetes/tree/release-1.5/cluster/images/kube-discovery' }),
  // kubeadm 1.4-1.5's test Deployment: deleted without its ReplicaSet, so its pause pod stayed. A generic name: only in kube-system.
  c({ id: 'kubeadm-dummy', names: ['dummy'], kind: 'Deployment', category: 'addon', hostNetwork: true, onlyInNamespaces: true, docs: 'https://github.com/kubernetes/kubernetes/blob/release-1.5/cmd/kubeadm/app/master/apiclient.go' }),
  // kube-up's Elasticsearch logging before DaemonSets: a static pod on every node, fluentd-elasticsearch-<node>. The DaemonSet
  // example of the Kubernetes docs uses the same name in kube-system; elsewhere (Helm releases) the name is no sure sign. The add-on's
  // DaemonSet later (and MicroK8s's fluentd add-on) is named with its version: fluentd-es-v1.22, fluentd-es-v2.2.0. Rows without
  // a namespace count: kube-up's `get pods` of 2015 listed them so (fluentd-elasticsearch-kubernetes-minion-1rtv, hunt da/05).
  c({ id: 'fluentd-elasticsearch', prefixes: ['fluentd-elasticsearch-', 'fluentd-es-v'], kind: 'StaticPod', category: 'monitoring', onlyInNamespaces: true, withoutNamespace: true, docs: 'https://github.com/kubernetes/kubernetes/tree/release-1.1/cluster/saltbase/salt/fluentd-es' }),
  // kube-up's other add-ons of that era, ReplicationControllers named with their version (elasticsearch-logging-v1, kibana-logging-v1,
  // kube-registry-v0; the owner stage reads those as RCs), later a StatefulSet (elasticsearch-logging-0) and Deployments of the bare names.
  // OpenShift Logging's Elasticsearch (openshift-logging; hunt an/05): its elasticsearch-operator runs each node of the log store as a
  // Deployment elasticsearch-cdm-<cluster id>-<n> (client, data and master in one).
  c({ id: 'openshift-logging-elasticsearch', names: [], prefixes: ['elasticsearch-cdm-'], kind: 'Deployment', category: 'monitoring', namespaces: ['openshift-logging'], docs: 'https://docs.openshift.com/container-platform/4.12/logging/cluster-logging-deploying.html' }),
  // Elastic's own chart names a node group's StatefulSet <clusterName>-<nodeGroup>, elasticsearch-master by default (hunt bm/13); Bitnami's
  // and the old stable chart <fullname>-master, -data: under a release named elasticsearch the same names, else <release>-elasticsearch-*.
  // The old stable/elasticsearch chart split it into master and data StatefulSets and a client Deployment, the nodes that
  // take queries (<release>-elasticsearch-client: the incubator/jaeger chart's bundled store, fb/13).
  c({ id: 'elasticsearch', names: ['elasticsearch-master', 'elasticsearch-data', 'elasticsearch-client', 'elasticsearch-coordinating', 'elasticsearch-ingest'], suffixes: ['-elasticsearch-master', '-elasticsearch-data', '-elasticsearch-client'], kind: 'StatefulSet', category: 'storage', namespaces: ['elastic', 'elasticsearch', 'logging'], docs: 'https://github.com/elastic/helm-charts/tree/main/elasticsearch#readme' }),
  // Kibana as Elastic's chart (<release>-kibana) or Bitnami's names it, or a plain manifest's `kibana` (hunt co/09). ECK's is
  // <name>-kb (eck-kibana), kube-up's kibana-logging.
  c({ id: 'kibana', suffixes: ['-kibana'], kind: 'Deployment', category: 'dashboard', namespaces: ['elastic', 'elasticsearch', 'logging', 'kube-system'], docs: 'https://github.com/elastic/helm-charts/tree/main/kibana#readme' }),
  c({ id: 'elasticsearch-logging', prefixes: ['elasticsearch-logging-v'], kind: 'Deployment', category: 'monitoring', docs: 'https://github.com/kubernetes/kubernetes/tree/release-1.1/cluster/addons/fluentd-elasticsearch' }),
  c({ id: 'kibana-logging', prefixes: ['kibana-logging-v'], kind: 'Deployment', category: 'dashboard', docs: 'https://github.com/kubernetes/kubernetes/tree/release-1.1/cluster/addons/fluentd-elasticsearch' }),
  // The registry add-on (cluster/addons/registry): the registry itself, and a proxy on every node that forwards localhost:5000 to it.
  c({ id: 'kube-registry', prefixes: ['kube-registry-v'], kind: 'Deployment', category: 'addon', docs: 'https://github.com/kubernetes/kubernetes/tree/release-1.9/cluster/addons/registry' }),
  c({ id: 'kube-registry-proxy', kind: 'DaemonSet', category: 'addon', docs: 'https://github.com/kubernetes/kubernetes/tree/release-1.9/cluster/addons/registry' }),
  // minikube's registry add-on: a ReplicationController named registry and a DaemonSet registry-proxy (hostPort 5000 on each node,
  // not the host network). Kubespray's registry app uses the same names in kube-system, its registry a ReplicaSet. Generic names:
  // only in kube-system.
  c({ id: 'registry-addon', names: ['registry'], kind: 'ReplicationController', category: 'addon', onlyInNamespaces: true, docs: 'https://minikube.sigs.k8s.io/docs/handbook/registry/' }),
  c({ id: 'registry-addon-proxy', names: ['registry-proxy'], kind: 'DaemonSet', category: 'addon', onlyInNamespaces: true, docs: 'https://minikube.sigs.k8s.io/docs/handbook/registry/' }),
  // GKE names it with its version: metrics-server-v0.5.2.
  c({ id: 'metrics-server', names: ['metrics-server', 'rke2-metrics-server'], prefixes: ['metrics-server-v'], kind: 'Deployment', category: 'monitoring', docs: 'https://kubernetes-sigs.github.io/metrics-server/' }),
  // kube-up's cluster monitoring of 2015 named its RC monitoring-heapster-v1; the stable/heapster chart names it <release>-heapster.
  c({ id: 'heapster', prefixes: ['heapster-v', 'monitoring-heapster-v'], suffixes: ['-heapster'], kind: 'Deployment', category: 'monitoring', docs: 'https://github.com/kubernetes-retired/heapster#readme' }),
  // Heapster's own dashboard of 2015-2016 (kubernetes-retired/kubedash), beside Heapster in kube-system.
  c({ id: 'kubedash', kind: 'Deployment', category: 'dashboard', docs: 'https://github.com/kubernetes-retired/kubedash#readme' }),
  // OpenShift's cluster-autoscaler-operator runs it for the one ClusterAutoscaler, always named default: cluster-autoscaler-default
  // in openshift-machine-api (hunt az/25).
  // Placeholder ("balloon", pause) pods that hold spare capacity for an autoscaler: low priority, preempted by any real
  // pod and then Pending on purpose until a node is added. Named so by the Cluster Autoscaler FAQ (overprovisioning), the
  // EKS Workshop (pause-pods, ew/11, ew/12) and the GKE Autopilot spare-capacity guide (balloon-deploy).
  c({ id: 'capacity-placeholder', names: ['overprovisioning', 'pause-pods', 'balloon-deploy'], kind: 'Deployment', category: 'addon', namespaces: ['default', 'other', 'kube-system'], docs: 'https://kubernetes.io/docs/tasks/administer-cluster/node-overprovisioning/' }),
  c({ id: 'cluster-autoscaler', names: ['cluster-autoscaler', 'cluster-autoscaler-default'], suffixes: ['-cluster-autoscaler'], kind: 'Deployment', category: 'addon', docs: 'https://github.com/kubernetes/autoscaler/tree/master/cluster-autoscaler#readme' }),
  // Before ingress-nginx: k3s's svclb-ingress-nginx-controller-<uid>-<5> is ServiceLB's DaemonSet for that Service, not the controller.
  c({ id: 'svclb', names: [], prefixes: ['svclb-'], kind: 'DaemonSet', category: 'load-balancer', docs: 'https://docs.k3s.io/networking/networking-services#service-load-balancer' }),
  // The Helm chart names it <release>-ingress-nginx-controller (or <release>-controller when the release name holds ingress-nginx).
  c({ id: 'ingress-nginx-controller', names: ['ingress-nginx-controller', 'nginx-ingress-controller', 'ingress-nginx', 'rke2-ingress-nginx-controller'], suffixes: ['-ingress-nginx-controller'], kind: 'Deployment', category: 'ingress', namespaces: ['ingress-nginx'], docs: 'https://kubernetes.github.io/ingress-nginx/' }),
  c({ id: 'ingress-nginx-admission', names: ['ingress-nginx-admission-create', 'ingress-nginx-admission-patch'], suffixes: ['-ingress-nginx-admission-create', '-ingress-nginx-admission-patch'], kind: 'Job', category: 'ingress', namespaces: ['ingress-nginx'], docs: 'https://kubernetes.github.io/ingress-nginx/deploy/' }),
  // MicroK8s's ingress add-on before 1.35 (Traefik since): ingress-nginx as a DaemonSet with hostPorts 80/443, not hostNetwork.
  c({ id: 'nginx-ingress-microk8s-controller', kind: 'DaemonSet', category: 'ingress', namespaces: ['ingress'], docs: 'https://canonical.com/microk8s/docs/addon-ingress' }),
  // Charmed Kubernetes' ingress (the kubernetes-worker charm, named after its Juju application): nginx-ingress-<app>-controller in default
  // until 2018 (hunt cd/23), then nginx-ingress-controller-<app> in ingress-nginx-<app>, on the host network.
  c({ id: 'cdk-ingress-nginx', names: ['nginx-ingress-kubernetes-worker-controller', 'nginx-ingress-controller-kubernetes-worker'], prefixes: ['nginx-ingress-kubernetes-worker-', 'nginx-ingress-controller-kubernetes-worker-'], kind: 'DaemonSet', category: 'ingress', hostNetwork: true, namespaces: ['default', 'ingress-nginx-kubernetes-worker'], docs: 'https://ubuntu.com/kubernetes/docs/ingress' }),
  // OpenShift's default IngressController. Host network only with the HostNetwork publishing strategy (on-premise installs), so not by nature.
  c({ id: 'router-default', kind: 'Deployment', category: 'ingress', namespaces: ['openshift-ingress'], docs: 'https://github.com/openshift/cluster-ingress-operator#readme' }),
  c({ id: 'l7-default-backend', kind: 'Deployment', category: 'ingress', docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/ingress' }),
  // GCE's L7 load balancer controller (GLBC, ingress-gce): kube-up ran it on the master, an RC of the cluster add-ons, then a static
  // pod named with its version (l7-lb-controller-v0.9.7-<master>), later without. Tencent's TKE names its CLB Ingress controller
  // the same, a Deployment in kube-system.
  c({ id: 'l7-lb-controller', prefixes: ['l7-lb-controller-v'], kind: 'StaticPod', category: 'ingress', docs: 'https://github.com/kubernetes/ingress-gce#readme' }),
  // The old stable/nginx-ingress chart (2016-2020; the community's controller, ingress-nginx's predecessor chart) names its controller
  // <release>-nginx-ingress-controller, and NGINX Inc's chart names its own the same: its own entry, for either. AKS's HTTP
  // application routing add-on (2018-2023) ran that chart as addon-http-application-routing.
  c({ id: 'nginx-ingress-chart-controller', names: [], suffixes: ['-nginx-ingress-controller'], kind: 'Deployment', category: 'ingress', namespaces: ['ingress-nginx', 'nginx-ingress'], docs: 'https://github.com/helm/charts/tree/master/stable/nginx-ingress' }),
  c({ id: 'aks-http-application-routing', names: ['addon-http-application-routing-nginx-ingress-controller', 'addon-http-application-routing-default-http-backend'], kind: 'Deployment', category: 'ingress', docs: 'https://learn.microsoft.com/en-us/azure/aks/http-application-routing' }),
  c({ id: 'local-path-provisioner', kind: 'Deployment', category: 'storage', namespaces: ['local-path-storage', 'kube-system'], docs: 'https://github.com/rancher/local-path-provisioner#readme' }),
  // The bare pods local-path-provisioner starts on a volume's node to make or remove its directory: create-pvc-<claim uid> and
  // delete-pvc-<uid> before v0.0.20, helper-pod-create-pvc-<uid> since. One stuck ContainerCreating keeps its claim Pending (dv/04).
  c({ id: 'local-path-helper', names: [], prefixes: ['helper-pod-create-pvc-', 'helper-pod-delete-pvc-', 'create-pvc-', 'delete-pvc-'], kind: 'Pod', category: 'storage', namespaces: ['local-path-storage', 'kube-system'], docs: 'https://github.com/rancher/local-path-provisioner#readme' }),
  // minikube's runs on the host network, Docker Desktop's (same name, docker/desktop-storage-provisioner) does not:
  // no host network claimed, so its address is no vote for a node's.
  c({ id: 'storage-provisioner', kind: 'Pod', category: 'storage', docs: 'https://minikube.sigs.k8s.io/docs/handbook/persistent_volumes/' }),
  // Docker Desktop's own bare pod: publishes LoadBalancer Services on the host's localhost.
  c({ id: 'vpnkit-controller', kind: 'Pod', category: 'addon', docs: 'https://docs.docker.com/desktop/features/kubernetes/' }),
  // Docker Desktop's Compose on Kubernetes (its Kubernetes 1.10-1.15 era releases), in namespace docker: generic names, only there.
  c({ id: 'compose-on-kubernetes', names: ['compose', 'compose-api'], generic: ['compose', 'compose-api'], kind: 'Deployment', category: 'addon', namespaces: ['docker'], onlyInNamespaces: true, docs: 'https://github.com/docker/compose-on-kubernetes#readme' }),
  // kube-vip: a static pod on each control-plane node (kubeadm HA labs), or a DaemonSet; on the host network to hold the VIP.
  c({ id: 'kube-vip', names: ['kube-vip', 'kube-vip-ds'], kind: 'StaticPod', category: 'load-balancer', hostNetwork: true, docs: 'https://kube-vip.io/docs/installation/static/' }),
  // IBM Cloud's network load balancer 1.0 for LoadBalancer Services (keepalived): a Deployment per load balancer IP, named
  // ibm-cloud-provider-ip-<IP with dashes> (ibm-system); ibm-cloud-provider-ip-169-60-227-155. The name is IBM's alone.
  c({ id: 'ibm-cloud-provider-ip', names: [], prefixes: ['ibm-cloud-provider-ip-'], kind: 'Deployment', category: 'load-balancer', namespaces: ['ibm-system'], docs: 'https://cloud.ibm.com/docs/containers?topic=containers-loadbalancer-about' }),
  // Longhorn (longhorn-system): one engine-image DaemonSet per engine image (engine-image-ei-<checksum>), instance managers owned by its own resource.
  c({ id: 'longhorn-manager', kind: 'DaemonSet', category: 'storage', namespaces: ['longhorn-system'], docs: 'https://longhorn.io/docs/latest/concepts/' }),
  // Longhorn's prerequisite installers (deploy/prerequisite/*.yaml, applied with no namespace, so in default): a DaemonSet that
  // installs open-iscsi or the NFS client on every node, its pod then idle, Running. Not Longhorn's data path (dv/08).
  c({ id: 'longhorn-prerequisite', names: ['longhorn-iscsi-installation', 'longhorn-nfs-installation', 'longhorn-nvme-cli-installation', 'longhorn-spdk-setup'], kind: 'DaemonSet', category: 'storage', namespaces: ['default', 'longhorn-system'], docs: 'https://longhorn.io/docs/latest/deploy/install/#installing-open-iscsi' }),
  // engine-image-ei-<checksum> is Longhorn's alone: read in any namespace, and in watch output that names none.
  c({ id: 'longhorn-engine-image', names: [], prefixes: ['engine-image-ei'], kind: 'DaemonSet', category: 'storage', namespaces: ['longhorn-system'], docs: 'https://longhorn.io/docs/latest/concepts/' }),
  c({ id: 'longhorn-instance-manager', names: [], prefixes: ['instance-manager-'], kind: 'InstanceManager', category: 'storage', namespaces: ['longhorn-system'], onlyInNamespaces: true, docs: 'https://longhorn.io/docs/latest/concepts/' }),
  // share-manager-<volume>: the NFS server of one ReadWriteMany volume (volumes are pvc-<uid>), Longhorn's alone.
  c({ id: 'longhorn-share-manager', names: [], prefixes: ['share-manager-pvc-'], kind: 'ShareManager', category: 'storage', namespaces: ['longhorn-system'], docs: 'https://longhorn.io/docs/latest/nodes-and-volumes/volumes/rwx-volumes/' }),
  // backing-image-manager-<4 hex>-<4 hex>: keeps the backing images (base disk images) on one node's disk.
  c({ id: 'longhorn-backing-image-manager', names: [], prefixes: ['backing-image-manager-'], kind: 'BackingImageManager', category: 'storage', namespaces: ['longhorn-system'], docs: 'https://longhorn.io/docs/latest/advanced-resources/backing-image/backing-image/' }),
  c({ id: 'longhorn-ui', kind: 'Deployment', category: 'storage', namespaces: ['longhorn-system'], docs: 'https://longhorn.io/docs/latest/concepts/' }),
  c({ id: 'longhorn-driver-deployer', kind: 'Deployment', category: 'storage', namespaces: ['longhorn-system'], docs: 'https://longhorn.io/docs/latest/concepts/' }),
  c({ id: 'longhorn-csi-plugin', kind: 'DaemonSet', category: 'storage', namespaces: ['longhorn-system'], docs: 'https://longhorn.io/docs/latest/concepts/' }),
  // The CSI sidecars longhorn-driver-deployer creates, each a Deployment of its own (3 replicas by default). Other CSI drivers
  // name theirs the same: only in longhorn-system.
  c({ id: 'longhorn-csi-attacher', names: ['csi-attacher'], kind: 'Deployment', category: 'storage', namespaces: ['longhorn-system'], onlyInNamespaces: true, docs: LONGHORN }),
  c({ id: 'longhorn-csi-provisioner', names: ['csi-provisioner'], kind: 'Deployment', category: 'storage', namespaces: ['longhorn-system'], onlyInNamespaces: true, docs: LONGHORN }),
  c({ id: 'longhorn-csi-resizer', names: ['csi-resizer'], kind: 'Deployment', category: 'storage', namespaces: ['longhorn-system'], onlyInNamespaces: true, docs: LONGHORN }),
  c({ id: 'longhorn-csi-snapshotter', names: ['csi-snapshotter'], kind: 'Deployment', category: 'storage', namespaces: ['longhorn-system'], onlyInNamespaces: true, docs: LONGHORN }),
  // Rook / Ceph. The operator makes one Deployment per Ceph daemon (rook-ceph-mon-a, rook-ceph-mgr-a, rook-ceph-osd-0,
  // rook-ceph-mds-<filesystem>-a, rook-ceph-rgw-<store>-a) and one per node for crash reports and metrics
  // (rook-ceph-crashcollector-<node>, rook-ceph-exporter-<node>). They are on the pod network unless the CephCluster sets
  // network.provider: host, so no hostNetwork for them. Names specific enough to count in any namespace.
  c({ id: 'rook-ceph-operator', names: ['rook-ceph-operator', 'rook-operator'], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Getting-Started/storage-architecture/` }),
  c({ id: 'rook-ceph-mon', names: [], prefixes: ['rook-ceph-mon-', ...DIGITS.map((d) => `rook-ceph-mon${d}`)], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Storage-Configuration/Advanced/ceph-mon-health/` }),
  c({ id: 'rook-ceph-mgr', names: [], prefixes: ['rook-ceph-mgr-', ...DIGITS.map((d) => `rook-ceph-mgr${d}`)], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Getting-Started/storage-architecture/` }),
  // A Job per node (rook-ceph-osd-prepare-<node>), or per PVC of a storageClassDeviceSet: Completed is its normal end.
  // Before rook-ceph-osd, whose prefix it shares.
  c({ id: 'rook-ceph-osd-prepare', names: [], prefixes: ['rook-ceph-osd-prepare-'], kind: 'Job', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Storage-Configuration/Advanced/ceph-osd-mgmt/` }),
  c({ id: 'rook-ceph-osd', names: [], prefixes: ['rook-ceph-osd-'], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Storage-Configuration/Advanced/ceph-osd-mgmt/` }),
  c({ id: 'rook-ceph-mds', names: [], prefixes: ['rook-ceph-mds-'], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Storage-Configuration/Shared-Filesystem-CephFS/filesystem-storage/` }),
  c({ id: 'rook-ceph-rgw', names: [], prefixes: ['rook-ceph-rgw-'], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Storage-Configuration/Object-Storage-RGW/object-storage/` }),
  // The prefix also takes the daily rook-ceph-crashcollector-pruner CronJob's pods, which delete old crash reports.
  c({ id: 'rook-ceph-crashcollector', names: [], prefixes: ['rook-ceph-crashcollector-'], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Getting-Started/storage-architecture/` }),
  // Ceph Reef (18) and later, unless monitoring.metricsDisabled.
  c({ id: 'rook-ceph-exporter', names: [], prefixes: ['rook-ceph-exporter-'], kind: 'Deployment', category: 'monitoring', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Storage-Configuration/Monitoring/ceph-monitoring/` }),
  c({ id: 'rook-ceph-tools', names: ['rook-ceph-tools', 'rook-tools'], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Troubleshooting/ceph-toolbox/` }),
  // Older Rook's device discovery (ROOK_ENABLE_DISCOVERY_DAEMON), on the pod network.
  c({ id: 'rook-discover', kind: 'DaemonSet', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Getting-Started/storage-architecture/` }),
  // Older Rook's FlexVolume agent (Rook up to 1.x; off by default since 1.1, when CSI took over): mounts Ceph volumes on each node.
  // The operator creates its DaemonSet with hostNetwork.
  c({ id: 'rook-ceph-agent', kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ROOK_NAMESPACES, docs: 'https://rook.io/docs/rook/v1.0/flexvolume.html' }),
  // Rook before 0.8 (hunt af/34): the operator (rook-operator) and its FlexVolume agent in rook-system, and in rook the cluster's own API
  // server, the mons as one-replica ReplicaSets numbered rook-ceph-mon0, -mon1..., the mgrs rook-ceph-mgr0..., all the OSDs as one
  // DaemonSet rook-ceph-osd, and the toolbox as a bare pod rook-tools: the mons, mgrs and toolbox are the entries above.
  c({ id: 'rook-api', kind: 'Deployment', category: 'storage', namespaces: ['rook'], docs: 'https://rook.io/docs/rook/v0.7/quickstart.html' }),
  c({ id: 'rook-agent', kind: 'DaemonSet', category: 'storage', namespaces: ['rook-system'], docs: 'https://rook.io/docs/rook/v0.7/quickstart.html' }),
  c({ id: 'rook-ceph-osd-daemonset', names: ['rook-ceph-osd'], kind: 'DaemonSet', category: 'storage', namespaces: ['rook'], docs: 'https://rook.io/docs/rook/v0.7/quickstart.html' }),
  // Ceph CSI, as Rook deploys it (csi-rbdplugin, csi-cephfsplugin, csi-nfsplugin), as the ceph-csi Helm charts name it
  // (ceph-csi-rbd-nodeplugin), and as the ceph-csi-operator that newer Rook releases hand the driver to names it, after
  // the driver (rook-ceph.rbd.csi.ceph.com-nodeplugin, openshift-storage.cephfs.csi.ceph.com-ctrlplugin). The node plugins
  // are on the host network (Rook's CSI_ENABLE_HOST_NETWORK defaults to true; the charts and the operator always set it);
  // the provisioners are not (early Rook ran them as StatefulSets: csi-rbdplugin-provisioner-0).
  c({ id: 'ceph-csi-nodeplugin', names: ['csi-rbdplugin', 'csi-cephfsplugin', 'csi-nfsplugin', 'ceph-csi-rbd-nodeplugin', 'ceph-csi-cephfs-nodeplugin'], suffixes: ['.csi.ceph.com-nodeplugin'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ROOK_NAMESPACES, docs: `${ROOK}Storage-Configuration/Ceph-CSI/ceph-csi-drivers/` }),
  c({ id: 'ceph-csi-provisioner', names: ['csi-rbdplugin-provisioner', 'csi-cephfsplugin-provisioner', 'csi-nfsplugin-provisioner', 'ceph-csi-rbd-provisioner', 'ceph-csi-cephfs-provisioner'], suffixes: ['.csi.ceph.com-ctrlplugin'], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Storage-Configuration/Ceph-CSI/ceph-csi-drivers/` }),
  c({ id: 'ceph-csi-operator', names: ['ceph-csi-controller-manager'], kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Storage-Configuration/Ceph-CSI/ceph-csi-drivers/` }),
  // openstack-helm's Ceph charts (openstack-helm-infra: ceph-mon, ceph-osd, ceph-client, ceph-provisioners) in namespace ceph: generic
  // names, only there. The mons, mgrs and OSDs use the host network. One OSD DaemonSet per override of the chart's daemonset_overrides
  // (ceph-osd-default-83945928, ceph-osd-dev-vdb). Their setup Jobs first: the OSD prefix would take ceph-osd-keyring-generator.
  c({ id: 'openstack-helm-ceph-jobs', names: ['ceph-mon-keyring-generator', 'ceph-osd-keyring-generator', 'ceph-mgr-keyring-generator', 'ceph-mds-keyring-generator', 'ceph-rgw-keyring-generator', 'ceph-namespace-client-key-generator', 'ceph-storage-keys-generator', 'ceph-rbd-pool', 'ceph-osd-compact'], kind: 'Job', category: 'storage', namespaces: ['ceph'], onlyInNamespaces: true, docs: 'https://docs.openstack.org/openstack-helm/latest/' }),
  c({ id: 'openstack-helm-ceph-mon', names: ['ceph-mon'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['ceph'], onlyInNamespaces: true, docs: 'https://docs.openstack.org/openstack-helm/latest/' }),
  c({ id: 'openstack-helm-ceph-mgr', names: ['ceph-mgr'], kind: 'Deployment', category: 'storage', hostNetwork: true, namespaces: ['ceph'], onlyInNamespaces: true, docs: 'https://docs.openstack.org/openstack-helm/latest/' }),
  c({ id: 'openstack-helm-ceph-osd', names: ['ceph-osd'], prefixes: ['ceph-osd-'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['ceph'], onlyInNamespaces: true, docs: 'https://docs.openstack.org/openstack-helm/latest/' }),
  c({ id: 'openstack-helm-ceph-mds', names: ['ceph-mds'], kind: 'Deployment', category: 'storage', namespaces: ['ceph'], onlyInNamespaces: true, docs: 'https://docs.openstack.org/openstack-helm/latest/' }),
  c({ id: 'openstack-helm-ceph-rgw', names: ['ceph-rgw'], kind: 'Deployment', category: 'storage', namespaces: ['ceph'], onlyInNamespaces: true, docs: 'https://docs.openstack.org/openstack-helm/latest/' }),
  c({ id: 'openstack-helm-ceph-provisioner', names: ['ceph-rbd-provisioner', 'ceph-cephfs-provisioner'], kind: 'Deployment', category: 'storage', namespaces: ['ceph'], onlyInNamespaces: true, docs: 'https://docs.openstack.org/openstack-helm/latest/' }),
  // openstack-helm's OpenStack and infrastructure charts (namespace openstack; KupenStack, StarlingX's stx-openstack, Atmosphere and MOSK
  // keep the charts' names, em/01-05). The per-node services are DaemonSets that helm-toolkit's daemonset_overrides names
  // `<name>-<override set>` (nova-compute-default) and StarlingX names per host (`neutron-ovs-agent-controller-0-a762cb46`): prefixes,
  // whose first word is OpenStack's own; the 2017 charts had no override sets (nova-compute, libvirt: em/08). The shared services'
  // doubled names (`<release>-<chart>`, the release named after the chart, StarlingX's osh-openstack- before it) are openstack-helm's;
  // mariadb-server is anyone's, so only in the namespaces these stacks use.
  // Its charts' own setup Jobs, named by words that are no one-off task's alone (a DaemonSet may set up a node): first, so the
  // prefixes below do not take them (em/10's keystone-credential-setup and nova-cell-setup, Pending, were DaemonSet guesses).
  c({ id: 'openstack-helm-jobs', names: ['keystone-credential-setup', 'keystone-fernet-setup', 'keystone-domain-manage', 'nova-cell-setup', 'glance-metadefs-load', 'heat-trusts', 'rabbitmq-cluster-wait'], suffixes: ['-rabbitmq-cluster-wait'], kind: 'Job', category: 'addon', namespaces: OPENSTACK_HELM_NAMESPACES, docs: OPENSTACK_HELM }),
  // The OpenStack services themselves, as openstack-helm (<service>-api, nova-api-osapi, neutron-server) and the OpenStack K8s
  // operators (keystone, neutron, placement Deployments; cinder-api, nova-api, glance-default-single StatefulSets) name them: common
  // words (horizon is also Laravel's), so only in these stacks' namespaces. APIs (and the VNC console proxies) answer HTTP; the workers
  // take their work over RabbitMQ, and openstack-helm's probes ask them over RPC, so a broker's trouble restarts them (em/03).
  c({ id: 'openstack-api', names: ['keystone-api', 'keystone', 'glance-api', 'glance-default-single', 'glance-default-external-api', 'glance-default-internal-api', 'cinder-api', 'nova-api-osapi', 'nova-api', 'nova-api-metadata', 'nova-metadata', 'neutron-server', 'neutron', 'placement-api', 'placement', 'heat-api', 'heat-cfn', 'barbican-api', 'octavia-api', 'designate-api', 'manila-api', 'ironic-api', 'magnum-api', 'aodh-api', 'gnocchi-api', 'panko-api', 'horizon', 'nova-novncproxy', 'nova-cell1-novncproxy'], kind: 'Deployment', category: 'addon', namespaces: OPENSTACK_HELM_NAMESPACES, onlyInNamespaces: true, docs: OPENSTACK_HELM }),
  c({ id: 'openstack-worker', names: ['nova-conductor', 'nova-cell0-conductor', 'nova-cell1-conductor', 'nova-scheduler', 'nova-consoleauth', 'neutron-rpc-server', 'cinder-scheduler', 'cinder-volume', 'cinder-backup', 'heat-engine', 'aodh-evaluator', 'aodh-listener', 'aodh-notifier', 'ceilometer-central', 'ceilometer-notification'], kind: 'Deployment', category: 'addon', namespaces: OPENSTACK_HELM_NAMESPACES, onlyInNamespaces: true, docs: OPENSTACK_HELM }),
  c({ id: 'openstack-helm-nova-compute', names: ['nova-compute'], prefixes: ['nova-compute-'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: OPENSTACK_HELM_NAMESPACES, docs: OPENSTACK_HELM }),
  c({ id: 'openstack-helm-neutron-agent', names: ['neutron-ovs-agent', 'neutron-lb-agent', 'neutron-sriov-agent', 'neutron-dhcp-agent', 'neutron-l3-agent', 'neutron-metadata-agent'], prefixes: ['neutron-ovs-agent-', 'neutron-lb-agent-', 'neutron-sriov-agent-', 'neutron-dhcp-agent-', 'neutron-l3-agent-', 'neutron-metadata-agent-', 'neutron-ovn-metadata-agent-', 'neutron-netns-cleanup-cron-'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: OPENSTACK_HELM_NAMESPACES, docs: OPENSTACK_HELM }),
  c({ id: 'openstack-helm-libvirt', names: ['libvirt'], prefixes: ['libvirt-libvirt-'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: OPENSTACK_HELM_NAMESPACES, docs: OPENSTACK_HELM }),
  c({ id: 'openstack-helm-openvswitch', names: ['openvswitch', 'openvswitch-db', 'openvswitch-vswitchd'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: OPENSTACK_HELM_NAMESPACES, docs: OPENSTACK_HELM }),
  c({ id: 'openstack-helm-mariadb', names: ['mariadb-server'], suffixes: ['-mariadb-server'], kind: 'StatefulSet', category: 'storage', namespaces: OPENSTACK_HELM_NAMESPACES, onlyInNamespaces: true, docs: OPENSTACK_HELM }),
  c({ id: 'openstack-helm-rabbitmq', names: ['rabbitmq-rabbitmq'], suffixes: ['-rabbitmq-rabbitmq'], kind: 'StatefulSet', category: 'addon', namespaces: OPENSTACK_HELM_NAMESPACES, docs: OPENSTACK_HELM }),
  c({ id: 'openstack-helm-memcached', names: ['memcached-memcached'], suffixes: ['-memcached-memcached'], kind: 'Deployment', category: 'addon', namespaces: OPENSTACK_HELM_NAMESPACES, docs: OPENSTACK_HELM }),
  // OVN under Neutron (ML2/OVN), as openstack-helm's ovn chart and the OpenStack K8s operators (RHOSO's ovn-operator) run it in
  // openstack: the per-node ovn-controller (RHOSO pairs it with ovn-controller-ovs, ovsdb-server and ovs-vswitchd), the northbound
  // and southbound databases and ovn-northd between them. Common words of OVN, so only there (em/06, em/07).
  c({ id: 'openstack-ovn-controller', names: ['ovn-controller', 'ovn-controller-ovs'], kind: 'DaemonSet', category: 'addon', namespaces: ['openstack'], onlyInNamespaces: true, docs: OVN_ARCHITECTURE }),
  c({ id: 'openstack-ovn-ovsdb', names: ['ovsdbserver-nb', 'ovsdbserver-sb', 'ovn-ovsdb-nb', 'ovn-ovsdb-sb'], kind: 'StatefulSet', category: 'addon', namespaces: ['openstack'], onlyInNamespaces: true, docs: OVN_ARCHITECTURE }),
  c({ id: 'openstack-ovn-northd', names: ['ovn-northd'], kind: 'Deployment', category: 'addon', namespaces: ['openstack'], onlyInNamespaces: true, docs: OVN_ARCHITECTURE }),
  // The OpenStack K8s operators' own infrastructure: their mariadb-operator's Galera clusters <name>-galera (openstack-galera,
  // openstack-cell1-galera), the cells' RabbitmqClusters rabbitmq-cell<n> (StatefulSets rabbitmq-cell<n>-server; the top one,
  // rabbitmq-server, is rabbitmq-cluster's), and openstackclient, a bare pod the openstack-operator keeps with the CLI set up.
  c({ id: 'openstack-operators-galera', names: [], suffixes: ['-galera'], kind: 'StatefulSet', category: 'storage', namespaces: ['openstack'], onlyInNamespaces: true, docs: 'https://github.com/openstack-k8s-operators/mariadb-operator#readme' }),
  c({ id: 'openstack-operators-rabbitmq-cell', names: [], prefixes: ['rabbitmq-cell'], kind: 'StatefulSet', category: 'addon', namespaces: ['openstack'], onlyInNamespaces: true, docs: 'https://www.rabbitmq.com/kubernetes/operator/using-operator' }),
  c({ id: 'openstackclient', names: ['openstackclient'], kind: 'Pod', category: 'addon', namespaces: ['openstack'], onlyInNamespaces: true, docs: 'https://github.com/openstack-k8s-operators/openstack-operator#readme' }),
  // memcached alone in openstack is theirs too (the infra-operator's Memcached, StatefulSet memcached; the 2017 openstack-helm
  // chart's Deployment memcached, em/08), as is dnsmasq-dns, the infra-operator's DNSMasq serving the data plane nodes (em/06).
  c({ id: 'openstack-memcached', names: ['memcached'], kind: 'StatefulSet', category: 'addon', namespaces: ['openstack'], onlyInNamespaces: true, docs: 'https://github.com/openstack-k8s-operators/infra-operator#readme' }),
  c({ id: 'openstack-operators-dnsmasq', names: ['dnsmasq-dns'], kind: 'Deployment', category: 'addon', namespaces: ['openstack'], onlyInNamespaces: true, docs: 'https://github.com/openstack-k8s-operators/infra-operator#readme' }),
  // OpenShift Data Foundation (OCS before 4.9) in openshift-storage, beside the Rook pods above: the ODF operator over its parts, the OCS
  // operator (StorageCluster), its metrics exporter and console plugin, CSI-Addons (volume replication, reclaim space), and NooBaa (the
  // Multicloud Object Gateway): its operator, core and database (StatefulSets; noobaa-db ran MongoDB until OCS 4.7 moved it to PostgreSQL
  // as noobaa-db-pg) and the S3 endpoints. Names of their own: read in any namespace.
  c({ id: 'odf-operator', names: ['odf-operator-controller-manager'], kind: 'Deployment', category: 'storage', namespaces: ['openshift-storage'], docs: ODF }),
  c({ id: 'ocs-operator', kind: 'Deployment', category: 'storage', namespaces: ['openshift-storage'], docs: 'https://github.com/red-hat-storage/ocs-operator#readme' }),
  c({ id: 'ocs-metrics-exporter', kind: 'Deployment', category: 'monitoring', namespaces: ['openshift-storage'], docs: 'https://github.com/red-hat-storage/ocs-operator#readme' }),
  c({ id: 'odf-console', kind: 'Deployment', category: 'dashboard', namespaces: ['openshift-storage'], docs: 'https://github.com/red-hat-storage/odf-console#readme' }),
  c({ id: 'csi-addons-controller-manager', kind: 'Deployment', category: 'storage', namespaces: ['openshift-storage', 'csi-addons-system'], docs: 'https://github.com/csi-addons/kubernetes-csi-addons#readme' }),
  c({ id: 'noobaa-operator', kind: 'Deployment', category: 'storage', namespaces: NOOBAA_NAMESPACES, docs: NOOBAA }),
  c({ id: 'noobaa-core', kind: 'StatefulSet', category: 'storage', namespaces: NOOBAA_NAMESPACES, docs: NOOBAA }),
  c({ id: 'noobaa-db', names: ['noobaa-db-pg', 'noobaa-db'], kind: 'StatefulSet', category: 'storage', namespaces: NOOBAA_NAMESPACES, docs: NOOBAA }),
  c({ id: 'noobaa-endpoint', kind: 'Deployment', category: 'storage', namespaces: NOOBAA_NAMESPACES, docs: NOOBAA }),
  // Velero: the server, and the node agent for file-system backups and data movement (restic before Velero 1.10;
  // node-agent-windows on Windows nodes in recent releases). Generic names: the agent counts only in Velero's namespaces.
  // Charts that bundle it name it <release>-velero (k0rdent's kcm-velero in kcm-system, hunt ay/20).
  c({ id: 'velero', suffixes: ['-velero'], kind: 'Deployment', category: 'storage', namespaces: VELERO_NAMESPACES, docs: 'https://velero.io/docs/main/how-velero-works/' }),
  // SIGHUP Fury's DR module names the restic DaemonSet velero-restic and runs it in kube-system (hunt as/09): a name of its own, anywhere.
  c({ id: 'velero-node-agent', names: ['node-agent', 'node-agent-windows', 'restic', 'velero-restic'], generic: ['node-agent', 'node-agent-windows', 'restic'], kind: 'DaemonSet', category: 'storage', namespaces: VELERO_NAMESPACES, onlyInNamespaces: true, docs: 'https://velero.io/docs/main/file-system-backup/' }),
  // Velero 1.14+ runs each Kopia or restic repository's maintenance as a Job of its own server's making, <repo>-maintain-job-<Unix ms>
  // (repo-maintain-job-<Unix ms> where that would pass 63 characters; hunt aq/18). Read by that shape: see veleroMaintenance.
  c({ id: 'velero-repo-maintenance', names: [], kind: 'Job', category: 'storage', namespaces: VELERO_NAMESPACES, docs: 'https://velero.io/docs/main/repository-maintenance/' }),
  // Velero 1.12+'s data mover pods, one per DataUpload or DataDownload and named as it: read by where they run (see veleroDataMover).
  c({ id: 'velero-data-mover', names: [], kind: 'Pod', category: 'storage', namespaces: VELERO_NAMESPACES, docs: 'https://velero.io/docs/main/csi-snapshot-data-movement/' }),
  // OpenShift's OADP operator (openshift-adp): runs Velero and its node agent for a DataProtectionApplication (hunt aq/08).
  c({ id: 'oadp-operator', names: ['openshift-adp-controller-manager'], kind: 'Deployment', category: 'storage', namespaces: ['openshift-adp'], docs: 'https://github.com/openshift/oadp-operator#readme' }),
  // KubeVirt: one launcher pod per running VM (owned by its VirtualMachineInstance, virt-launcher-<vmi>-<5 chars>).
  c({ id: 'virt-launcher', names: [], prefixes: ['virt-launcher-'], kind: 'VirtualMachineInstance', category: 'addon', namespaces: [], docs: 'https://kubevirt.io/user-guide/architecture/' }),
  c({ id: 'virt-handler', kind: 'DaemonSet', category: 'addon', namespaces: ['kubevirt', 'openshift-cnv', 'harvester-system'], docs: 'https://kubevirt.io/user-guide/architecture/' }),
  c({ id: 'virt-controller', kind: 'Deployment', category: 'addon', namespaces: ['kubevirt', 'openshift-cnv', 'harvester-system'], docs: 'https://kubevirt.io/user-guide/architecture/' }),
  c({ id: 'virt-api', kind: 'Deployment', category: 'addon', namespaces: ['kubevirt', 'openshift-cnv', 'harvester-system'], docs: 'https://kubevirt.io/user-guide/architecture/' }),
  c({ id: 'virt-operator', kind: 'Deployment', category: 'addon', namespaces: ['kubevirt', 'openshift-cnv', 'harvester-system'], docs: 'https://kubevirt.io/user-guide/architecture/' }),
  // KubeVirt's Containerized Data Importer (CDI): imports, uploads and clones disk images into PVCs (DataVolumes) for the VMs. Its operator
  // runs the API server, the controller (cdi-deployment) and the upload proxy; Harvester ships it in harvester-system. Names of its own.
  c({ id: 'cdi', names: ['cdi-apiserver', 'cdi-deployment', 'cdi-operator', 'cdi-uploadproxy'], kind: 'Deployment', category: 'storage', namespaces: ['cdi', 'harvester-system', 'kubevirt', 'openshift-cnv'], docs: 'https://github.com/kubevirt/containerized-data-importer#readme' }),
  // CDI's worker pods, bare pods its controller starts in the PVC's own namespace: cdi-upload-<pvc> (the upload server, also the target
  // of a host-assisted clone), anywhere; importer-<pvc> (importer-prime-<uid> since the volume populators), a generic prefix: only in
  // CDI's namespaces and OpenShift Virtualization's golden-image namespace.
  c({ id: 'cdi-upload', prefixes: ['cdi-upload-'], kind: 'Pod', category: 'storage', namespaces: [], docs: 'https://github.com/kubevirt/containerized-data-importer/blob/main/doc/upload.md' }),
  // The HyperConverged Cluster Operator (HCO): OpenShift Virtualization's operator, which deploys KubeVirt, CDI, the network add-ons and
  // the rest from one HyperConverged resource. OLM names its Deployments hco-operator and hco-webhook (openshift-cnv), HCO's own manifests
  // hyperconverged-cluster-operator, -webhook and -cli-download (virtctl's download server). Names of its own: anywhere.
  c({ id: 'hyperconverged-cluster-operator', names: ['hyperconverged-cluster-operator', 'hyperconverged-cluster-webhook', 'hyperconverged-cluster-cli-download', 'hco-operator', 'hco-webhook'], kind: 'Deployment', category: 'addon', namespaces: CNV_NAMESPACES, docs: 'https://github.com/kubevirt/hyperconverged-cluster-operator#readme' }),
  // HCO's operands beside KubeVirt and CDI: SSP (the common VM templates and the webhook that validates VMs against them) and AAQ, the
  // Application-Aware Quota (quotas that count a VM's resources, not its launcher pod's).
  c({ id: 'ssp-operator', names: ['ssp-operator', 'virt-template-validator'], kind: 'Deployment', category: 'addon', namespaces: CNV_NAMESPACES, docs: 'https://github.com/kubevirt/ssp-operator#readme' }),
  c({ id: 'aaq-operator', names: ['aaq-operator', 'aaq-controller', 'aaq-server'], kind: 'Deployment', category: 'addon', namespaces: CNV_NAMESPACES, docs: 'https://github.com/kubevirt/application-aware-quota#readme' }),
  // The cluster-network-addons-operator (CNAO) and what it deploys for the VMs' secondary networks (hunt ad/16, ad/19, ad/23): KubeMacPool
  // (MAC addresses for VM interfaces, with a certificate manager of its own, not jetstack's cert-manager), the Linux bridge CNI plugin
  // and bridge-marker (which publishes each node's bridges as node resources), macvtap-cni and ovs-cni. bridge-marker, macvtap-cni and
  // ovs-cni run on the host network (CNAO's data/linux-bridge, data/macvtap, data/ovs). They add networks beside the pod network and
  // carry none of it: no CNI claim, not the cni category.
  c({ id: 'cluster-network-addons-operator', kind: 'Deployment', category: 'addon', namespaces: CNAO_NAMESPACES, guide: 'components/cni/', docs: CNAO }),
  c({ id: 'kubemacpool', names: ['kubemacpool-mac-controller-manager', 'kubemacpool-cert-manager'], kind: 'Deployment', category: 'addon', namespaces: CNAO_NAMESPACES, guide: 'components/cni/', docs: 'https://github.com/k8snetworkplumbingwg/kubemacpool#readme' }),
  c({ id: 'bridge-marker', kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: CNAO_NAMESPACES, guide: 'components/cni/', docs: 'https://github.com/kubevirt/bridge-marker#readme' }),
  c({ id: 'linux-bridge-cni', names: ['kube-cni-linux-bridge-plugin'], kind: 'DaemonSet', category: 'addon', namespaces: CNAO_NAMESPACES, guide: 'components/cni/', docs: CNAO }),
  c({ id: 'macvtap-cni', kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: CNAO_NAMESPACES, guide: 'components/cni/', docs: 'https://github.com/kubevirt/macvtap-cni#readme' }),
  c({ id: 'ovs-cni', names: ['ovs-cni', 'ovs-cni-amd64'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: CNAO_NAMESPACES, guide: 'components/cni/', docs: 'https://github.com/k8snetworkplumbingwg/ovs-cni#readme' }),
  c({ id: 'cdi-importer', names: [], prefixes: ['importer-'], kind: 'Pod', category: 'storage', namespaces: ['cdi', 'harvester-system', 'kubevirt', 'openshift-cnv', 'openshift-virtualization-os-images'], onlyInNamespaces: true, docs: 'https://github.com/kubevirt/containerized-data-importer/blob/main/doc/datavolumes.md' }),
  // NVIDIA GPU Operator (namespace gpu-operator, or nvidia-gpu-operator on OpenShift).
  c({ id: 'gpu-operator', kind: 'Deployment', category: 'addon', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  c({ id: 'nvidia-driver', names: ['nvidia-driver-daemonset'], prefixes: ['nvidia-driver-daemonset-'], kind: 'DaemonSet', category: 'addon', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  c({ id: 'nvidia-container-toolkit', names: ['nvidia-container-toolkit-daemonset'], kind: 'DaemonSet', category: 'addon', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  // GKE's own GPU device plugin is a DaemonSet per size and node image (nvidia-gpu-device-plugin-small-cos, -medium-ubuntu...).
  c({ id: 'nvidia-device-plugin', names: ['nvidia-device-plugin-daemonset', 'nvidia-device-plugin-ds', 'nvidia-device-plugin', 'nvidia-gpu-device-plugin'], prefixes: ['nvidia-gpu-device-plugin-'], kind: 'DaemonSet', category: 'addon', namespaces: ['gpu-operator', 'nvidia-gpu-operator', 'kube-system'], docs: 'https://kubernetes.io/docs/tasks/manage-gpus/scheduling-gpus/' }),
  c({ id: 'nvidia-dcgm-exporter', names: ['nvidia-dcgm-exporter', 'dcgm-exporter'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  c({ id: 'gpu-feature-discovery', kind: 'DaemonSet', category: 'addon', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  c({ id: 'nvidia-operator-validator', kind: 'DaemonSet', category: 'addon', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  // Pods the validator starts (generateName nvidia-cuda-validator-, nvidia-device-plugin-validator-), Completed their end: no
  // controller's, but the validator gives them its DaemonSet's owner, the ClusterPolicy, and deletes and makes one again each time
  // it runs (validator/main.go, setOwnerReference). One runs a CUDA sample, the other only asks the device plugin for a GPU: each its own text.
  c({ id: 'nvidia-cuda-validator', prefixes: ['nvidia-cuda-validator-'], kind: 'ClusterPolicy', category: 'addon', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  c({ id: 'nvidia-device-plugin-validator', prefixes: ['nvidia-device-plugin-validator-'], kind: 'ClusterPolicy', category: 'addon', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  // Intel's device plugins (intel/intel-device-plugins-for-kubernetes; hunt ae/25, ae/26): a DaemonSet per accelerator (GPU, QAT, SGX,
  // FPGA, DSA, DLB, IAA, VPU/NPU) that advertises it to the kubelet as a resource, and the operator that runs them from custom resources
  // (namespace inteldeviceplugins-system from its manifests, or the user's).
  c({ id: 'intel-device-plugins-operator', names: ['inteldeviceplugins-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['inteldeviceplugins-system', 'inteldeviceplugins', 'kube-system'], docs: 'https://intel.github.io/intel-device-plugins-for-kubernetes/cmd/operator/README.html' }),
  c({ id: 'intel-device-plugin', names: INTEL_PLUGINS, prefixes: INTEL_PLUGINS.map((p) => `${p}-`), kind: 'DaemonSet', category: 'addon', namespaces: ['inteldeviceplugins-system', 'inteldeviceplugins', 'kube-system'], docs: INTEL_DEVICE_PLUGINS }),
  // Rancher (cattle-system): the server, its webhook, the agent each managed cluster runs, and the pods it starts
  // directly (generateName helm-operation-) to install or remove an app: no controller recreates those.
  // Rancher 2.0's HA install named the server Deployment cattle (cattle-859b6cdc6b-frg92); generic names, only in cattle-system.
  c({ id: 'rancher', names: ['rancher', 'cattle'], kind: 'Deployment', category: 'addon', namespaces: ['cattle-system'], onlyInNamespaces: true, docs: RANCHER }),
  c({ id: 'rancher-webhook', kind: 'Deployment', category: 'addon', namespaces: ['cattle-system'], onlyInNamespaces: true, docs: RANCHER }),
  c({ id: 'cattle-cluster-agent', kind: 'Deployment', category: 'addon', namespaces: ['cattle-system'], docs: RANCHER_AGENTS }),
  // RKE1 Windows clusters run cattle-node-agent-windows on their Windows workers (hunt aw/08).
  c({ id: 'cattle-node-agent', names: ['cattle-node-agent', 'cattle-node-agent-windows'], kind: 'DaemonSet', category: 'addon', namespaces: ['cattle-system'], docs: RANCHER_AGENTS }),
  // The authorized cluster endpoint of an RKE1 cluster Rancher provisions (hunt bz/14): a DaemonSet on the control-plane nodes that
  // checks the Rancher tokens of kubectl requests sent straight to the cluster, without the Rancher server. Its own name.
  c({ id: 'rancher-kube-api-auth', names: ['kube-api-auth'], kind: 'DaemonSet', category: 'security', hostNetwork: true, namespaces: ['cattle-system'], docs: 'https://ranchermanager.docs.rancher.com/reference-guides/rancher-manager-architecture/communicating-with-downstream-user-clusters#4-authorized-cluster-endpoint' }),
  // Rancher's Backup and Restore operator (chart rancher-backup, in cattle-resources-system; hunt aq/16): backs up and restores Rancher itself.
  c({ id: 'rancher-backup', kind: 'Deployment', category: 'addon', namespaces: ['cattle-resources-system'], docs: 'https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/backup-restore-and-disaster-recovery' }),
  c({ id: 'rancher-helm-operation', names: ['helm-operation'], prefixes: ['helm-operation-'], kind: 'Pod', category: 'addon', namespaces: ['cattle-system'], onlyInNamespaces: true, docs: RANCHER }),
  // sig-storage's static provisioner (Kubespray's local_volume_provisioner): a PersistentVolume per disk it finds on each node.
  c({ id: 'local-volume-provisioner', kind: 'DaemonSet', category: 'storage', namespaces: ['kube-system'], docs: 'https://github.com/kubernetes-sigs/sig-storage-local-static-provisioner#readme' }),
  // MicroK8s's hostpath-storage add-on (the rimusz Helm chart uses the name too).
  c({ id: 'hostpath-provisioner', kind: 'Deployment', category: 'storage', docs: 'https://canonical.com/microk8s/docs/addons' }),
  // KubeVirt's hostpath provisioner (hostpath-provisioner upstream, openshift-cnv in OpenShift Virtualization): its operator, and the
  // CSI driver DaemonSet the HostPathProvisioner resource makes. MicroShift up to 4.8 ran the provisioner itself as the DaemonSet
  // kubevirt-hostpath-provisioner in a namespace of that name.
  c({ id: 'kubevirt-hostpath-provisioner', names: ['hostpath-provisioner-operator', 'hostpath-provisioner-csi', 'kubevirt-hostpath-provisioner'], kind: 'DaemonSet', category: 'storage', namespaces: ['hostpath-provisioner', 'openshift-cnv', 'kubevirt-hostpath-provisioner'], docs: 'https://github.com/kubevirt/hostpath-provisioner-operator#readme' }),
  // IBM Cloud File Storage: the provisioner of NFS file shares for the ibmc-file storage classes, and its watcher.
  c({ id: 'ibm-file-storage', names: ['ibm-file-plugin', 'ibm-storage-watcher'], kind: 'Deployment', category: 'storage', docs: 'https://cloud.ibm.com/docs/containers?topic=containers-file_storage' }),
  // IBM Cloud Block Storage and Object Storage (s3fs) for IKS, FlexVolume plug-ins installed by Helm: each a provisioner Deployment
  // and a driver DaemonSet on the host network, one pod per worker (hunt bo/05, bo/06). Object Storage ran in kube-system, later
  // in ibm-object-s3fs.
  c({ id: 'ibm-block-storage', names: ['ibmcloud-block-storage-plugin'], kind: 'Deployment', category: 'storage', docs: 'https://cloud.ibm.com/docs/containers?topic=containers-block_storage' }),
  c({ id: 'ibm-block-storage-driver', names: ['ibmcloud-block-storage-driver'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://cloud.ibm.com/docs/containers?topic=containers-block_storage' }),
  c({ id: 'ibm-object-storage', names: ['ibmcloud-object-storage-plugin'], kind: 'Deployment', category: 'storage', namespaces: ['kube-system', 'ibm-object-s3fs'], docs: 'https://cloud.ibm.com/docs/containers?topic=containers-object_storage' }),
  c({ id: 'ibm-object-storage-driver', names: ['ibmcloud-object-storage-driver'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['kube-system', 'ibm-object-s3fs'], docs: 'https://cloud.ibm.com/docs/containers?topic=containers-object_storage' }),
  // OpenShift's build of the driver (openshift-cluster-csi-drivers, or a hosted control plane's namespace) is aws-ebs-csi-driver-* (hunt bl/08).
  c({ id: 'ebs-csi-controller', names: ['ebs-csi-controller', 'aws-ebs-csi-driver-controller'], kind: 'Deployment', category: 'storage', docs: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html' }),
  // ebs-csi-node-windows: the same node plugin on Windows nodes (its chart's node.enableWindows).
  c({ id: 'ebs-csi-node', names: ['ebs-csi-node', 'ebs-csi-node-windows', 'aws-ebs-csi-driver-node'], kind: 'DaemonSet', category: 'storage', docs: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html' }),
  c({ id: 'efs-csi-controller', kind: 'Deployment', category: 'storage', docs: 'https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html' }),
  c({ id: 'efs-csi-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html' }),
  // DigitalOcean (DOKS) and Linode (LKE) block storage CSI drivers: controllers are StatefulSets (csi-do-controller-0).
  c({ id: 'csi-do-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://github.com/digitalocean/csi-digitalocean#readme' }),
  c({ id: 'csi-do-controller', kind: 'StatefulSet', category: 'storage', docs: 'https://github.com/digitalocean/csi-digitalocean#readme' }),
  // DOKS's own node DaemonSets (kube-system), on the host network: the bridge to the managed control plane (cpc-bridge-proxy, the
  // eBPF version cpc-bridge-proxy-ebpf since 2024), and one that turns off the node image's automatic upgrades (DOKS upgrades nodes
  // by replacing them).
  c({ id: 'cpc-bridge-proxy', names: ['cpc-bridge-proxy', 'cpc-bridge-proxy-ebpf'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, guide: 'architecture/', docs: 'https://docs.digitalocean.com/products/kubernetes/details/limits/' }),
  c({ id: 'disable-systemd-upgrade-timer', kind: 'DaemonSet', category: 'addon', hostNetwork: true, docs: 'https://docs.digitalocean.com/products/kubernetes/' }),
  // Alibaba Cloud ACK's CSI driver (kube-system): csi-plugin on every node (disks, NAS, OSS). A generic name: only in kube-system.
  // Its controller, csi-provisioner, is left out: other drivers' manifests name theirs so in kube-system too.
  c({ id: 'ack-csi-plugin', names: ['csi-plugin'], kind: 'DaemonSet', category: 'storage', onlyInNamespaces: true, docs: 'https://www.alibabacloud.com/help/en/ack/product-overview/csi-plugin' }),
  // Huawei Cloud CCE (kube-system): Everest, its CSI driver (the node plugin everest-csi-driver, the controller everest-csi-controller),
  // and icagent, the node agent that ships logs and metrics to Huawei's AOM and LTS.
  c({ id: 'everest-csi-driver', kind: 'DaemonSet', category: 'storage', docs: 'https://support.huaweicloud.com/intl/en-us/cce/index.html' }),
  c({ id: 'everest-csi-controller', kind: 'Deployment', category: 'storage', docs: 'https://support.huaweicloud.com/intl/en-us/cce/index.html' }),
  c({ id: 'icagent', kind: 'DaemonSet', category: 'monitoring', docs: 'https://support.huaweicloud.com/intl/en-us/cce/index.html' }),
  // Tencent Cloud's CBS (block storage) CSI driver, kube-system: in TKE csi-cbs-controller and csi-cbs-node; the open-source driver's
  // older manifests name its controller StatefulSet and its node DaemonSet both csi-tencentcloud.
  c({ id: 'csi-cbs', names: ['csi-cbs-controller', 'csi-tencentcloud'], kind: 'StatefulSet', category: 'storage', docs: 'https://github.com/TencentCloud/kubernetes-csi-tencentcloud#readme' }),
  c({ id: 'csi-cbs-node', kind: 'DaemonSet', category: 'storage', docs: 'https://github.com/TencentCloud/kubernetes-csi-tencentcloud#readme' }),
  // TKE's node monitoring agent (kube-system), for Tencent Cloud Monitor.
  c({ id: 'tke-monitor-agent', kind: 'DaemonSet', category: 'monitoring', docs: 'https://cloud.tencent.com/document/product/457/39048' }),
  c({ id: 'csi-linode-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://github.com/linode/linode-blockstorage-csi-driver#readme' }),
  c({ id: 'csi-linode-controller', kind: 'StatefulSet', category: 'storage', docs: 'https://github.com/linode/linode-blockstorage-csi-driver#readme' }),
  // OpenStack's Cinder CSI driver (kubernetes/cloud-provider-openstack; Magnum, and OpenStack-based clouds), kube-system: its manifests
  // name the parts csi-cinder-*, its chart (openstack-cinder-csi) openstack-cinder-csi-*. The controller plugin was a StatefulSet in
  // releases before about 1.20; the node plugin runs on the host network.
  c({ id: 'cinder-csi-controllerplugin', names: ['csi-cinder-controllerplugin', 'openstack-cinder-csi-controllerplugin'], kind: 'Deployment', category: 'storage', docs: CINDER_CSI }),
  c({ id: 'cinder-csi-nodeplugin', names: ['csi-cinder-nodeplugin', 'openstack-cinder-csi-nodeplugin'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: CINDER_CSI }),
  // Linode's cloud controller manager: a DaemonSet on the masters (its manifest and chart set hostNetwork).
  c({ id: 'ccm-linode', kind: 'DaemonSet', category: 'control-plane', hostNetwork: true, guide: 'architecture/', docs: 'https://github.com/linode/linode-cloud-controller-manager#readme' }),
  // Civo's cloud controller manager (k3s clusters on Civo; kube-system): node addresses and regions, a Civo load balancer per
  // LoadBalancer Service.
  c({ id: 'civo-ccm', kind: 'Deployment', category: 'control-plane', guide: 'architecture/', docs: 'https://github.com/civo/civo-cloud-controller-manager#readme' }),
  // vSphere's CSI driver (kubernetes-sigs/vsphere-csi-driver): in vmware-system-csi since v2.3, kube-system before it and in Gardener's and
  // other installers' manifests (hunt bh/04). The node plugin's manifest sets hostNetwork.
  c({ id: 'vsphere-csi-controller', kind: 'Deployment', category: 'storage', namespaces: ['vmware-system-csi', 'kube-system'], docs: VSPHERE_CSI }),
  c({ id: 'vsphere-csi-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['vmware-system-csi', 'kube-system'], docs: VSPHERE_CSI }),
  // The GCE PD CSI driver installed from its own manifests (kubernetes-sigs/gcp-compute-persistent-disk-csi-driver, namespace
  // gce-pd-csi-driver; hunt bh/10): a controller and Linux and Windows node plugins. GKE's managed one is pdcsi-node below.
  c({ id: 'gce-pd-csi-controller', names: ['csi-gce-pd-controller'], kind: 'Deployment', category: 'storage', namespaces: ['gce-pd-csi-driver', 'kube-system'], docs: GCE_PD_CSI }),
  c({ id: 'gce-pd-csi-node', names: ['csi-gce-pd-node', 'csi-gce-pd-node-win'], kind: 'DaemonSet', category: 'storage', namespaces: ['gce-pd-csi-driver', 'kube-system'], docs: GCE_PD_CSI }),
  // Azure's CSI controllers (Disk, Files) and Blob storage's driver, in kube-system on AKS and on self-managed Azure clusters (hunt bh/23).
  c({ id: 'csi-azuredisk-controller', kind: 'Deployment', category: 'storage', docs: 'https://github.com/kubernetes-sigs/azuredisk-csi-driver#readme' }),
  c({ id: 'csi-azurefile-controller', kind: 'Deployment', category: 'storage', docs: 'https://github.com/kubernetes-sigs/azurefile-csi-driver#readme' }),
  c({ id: 'csi-blob-controller', kind: 'Deployment', category: 'storage', docs: 'https://github.com/kubernetes-sigs/blob-csi-driver#readme' }),
  c({ id: 'csi-blob-node', kind: 'DaemonSet', category: 'storage', docs: 'https://github.com/kubernetes-sigs/blob-csi-driver#readme' }),
  // Exact names match before patterns: pdcsi-node would otherwise fall to the generic csi-node suffix.
  c({ id: 'pdcsi-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://cloud.google.com/kubernetes-engine/docs/how-to/persistent-volumes/gce-pd-csi-driver' }),
  c({ id: 'filestore-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://cloud.google.com/kubernetes-engine/docs/how-to/persistent-volumes/filestore-csi-driver' }),
  c({ id: 'csi-azuredisk-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://learn.microsoft.com/en-us/azure/aks/azure-disk-csi' }),
  c({ id: 'csi-azurefile-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://learn.microsoft.com/en-us/azure/aks/azure-files-csi' }),
  // OKE's CSI node plugin for OCI Block Volume and File Storage; its manifest sets hostNetwork.
  c({ id: 'csi-oci-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengcreatingpersistentvolumeclaim_topic-Provisioning_PVCs_on_BV.htm' }),
  // OpenShift and MicroShift name it csi-snapshot-controller (hunt bh/14); KubeBlocks installs it as its add-on kb-addon-snapshot-controller (hunt cc/20).
  c({ id: 'snapshot-controller', names: ['snapshot-controller', 'rke2-snapshot-controller', 'csi-snapshot-controller', 'kb-addon-snapshot-controller'], kind: 'Deployment', category: 'storage', docs: 'https://kubernetes-csi.github.io/docs/snapshot-controller.html' }),
  // RKE2's and Harvester's charts name it after their release: rke2-snapshot-validation-webhook, harvester-snapshot-validation-webhook.
  c({ id: 'snapshot-validation-webhook', names: ['snapshot-validation-webhook', 'rke2-snapshot-validation-webhook', 'harvester-snapshot-validation-webhook'], kind: 'Deployment', category: 'storage', docs: 'https://kubernetes-csi.github.io/docs/snapshot-validation-webhook.html' }),
  c({ id: 'csi-hostpath', names: ['csi-hostpathplugin', 'csi-hostpath-driver'], prefixes: ['csi-hostpath'], kind: 'StatefulSet', category: 'storage', docs: 'https://github.com/kubernetes-csi/csi-driver-host-path#readme' }),
  // OpenEBS's RawFile LocalPV: its chart names them <release>-rawfile-csi-controller (a StatefulSet) and -node (release rawfile-csi
  // in its README gives rawfile-csi-controller); Canonical Kubernetes' local-storage feature runs it as ck-storage in kube-system
  // (hunt bx/08). Before the generic -csi-controller and -csi-node below.
  c({ id: 'rawfile-csi-controller', suffixes: ['-rawfile-csi-controller'], kind: 'StatefulSet', category: 'storage', docs: 'https://github.com/openebs/rawfile-localpv#readme' }),
  c({ id: 'rawfile-csi-node', suffixes: ['-rawfile-csi-node'], kind: 'DaemonSet', category: 'storage', docs: 'https://github.com/openebs/rawfile-localpv#readme' }),
  // Yandex Cloud's disk driver names its node plugin with its version (yc-disk-csi-node-v2). Any driver's name shape, installed
  // wherever its chart goes (piraeus-csi-node in its release's namespace, hunt bh/16): no namespace to claim for it.
  c({ id: 'csi-node', names: [], suffixes: ['-csi-node', 'csi-node', '-csi-node-v2'], namespaces: [], kind: 'DaemonSet', category: 'storage', docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#csi' }),
  c({ id: 'csi-controller', names: [], suffixes: ['-csi-controller', 'csi-controller'], namespaces: [], kind: 'Deployment', category: 'storage', docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#csi' }),
  // kube-up's add-on of 1.3-1.6 was a ReplicationController named with its version (kubernetes-dashboard-v1.1.0; the owner stage
  // reads those as RCs).
  c({ id: 'kubernetes-dashboard', names: ['kubernetes-dashboard', 'kubernetes-dashboard-web', 'kubernetes-dashboard-api', 'kubernetes-dashboard-auth', 'kubernetes-dashboard-kong'], prefixes: ['kubernetes-dashboard-v'], kind: 'Deployment', category: 'dashboard', namespaces: ['kubernetes-dashboard'], docs: 'https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/' }),
  // The dashboard's predecessor, kube-up's add-on of Kubernetes 1.0-1.1: a ReplicationController named with its version (kube-ui-v4).
  c({ id: 'kube-ui', prefixes: ['kube-ui-v'], kind: 'ReplicationController', category: 'dashboard', docs: 'https://github.com/kubernetes/kubernetes/tree/release-1.1/cluster/addons/kube-ui' }),
  c({ id: 'dashboard-metrics-scraper', names: ['dashboard-metrics-scraper', 'kubernetes-dashboard-metrics-scraper', 'kubernetes-metrics-scraper'], kind: 'Deployment', category: 'dashboard', namespaces: ['kubernetes-dashboard'], docs: 'https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/' }),
  // Kuboard, a web UI popular in China: v3 in kuboard (kuboard-v3, with kuboard-questdb for its audit records; kuboard-etcd, its store, a
  // DaemonSet on the masters, on the host network in that manifest but a StatefulSet on the pod network in the PV-backed one: left off),
  // and the agents it installs into each cluster it manages; v2 was a Deployment kuboard in kube-system.
  c({ id: 'kuboard', names: ['kuboard', 'kuboard-v3', 'kuboard-questdb'], kind: 'Deployment', category: 'dashboard', namespaces: ['kuboard', 'kube-system'], docs: KUBOARD }),
  c({ id: 'kuboard-etcd', kind: 'DaemonSet', category: 'dashboard', namespaces: ['kuboard'], docs: KUBOARD }),
  c({ id: 'kuboard-agent', names: ['kuboard-agent', 'kuboard-agent-2'], kind: 'Deployment', category: 'dashboard', namespaces: ['kuboard'], docs: 'https://kuboard.cn/install/v3/install.html' }),
  // Cloudpods (Yunion's cloud platform, installed by ocboot): onecloud-operator makes every service a workload named
  // `<cluster>-<service>` in onecloud, the cluster named `default` (default-keystone, default-region, default-host,
  // default-etcd-<10 chars> its etcd member; ff/10, ff/12). `default-` counts only there.
  c({ id: 'cloudpods', names: ['onecloud-operator'], prefixes: ['default-'], kind: 'Deployment', category: 'addon', namespaces: ['onecloud'], onlyInNamespaces: true, docs: 'https://github.com/yunionio/cloudpods#readme' }),
  // Consul's chart's webhook-cert-manager (<fullname>-webhook-cert-manager) before cert-manager's ending below takes it.
  c({ id: 'consul-webhook-cert-manager', names: ['consul-webhook-cert-manager'], suffixes: ['-consul-webhook-cert-manager'], kind: 'Deployment', category: 'security', namespaces: ['consul'], docs: 'https://developer.hashicorp.com/consul/docs/k8s/helm' }),
  // The old chart (stable/cert-manager, jetstack's before 0.6) named it <release>-<chart>: cert-manager-cert-manager. The chart names
  // its parts <fullname>, <fullname>-cainjector and <fullname>-webhook, fullname being the release when that holds "cert-manager"
  // (a platform's subchart: hmc-cert-manager in Mirantis HMC, kcm-cert-manager in k0rdent), else <release>-cert-manager.
  c({ id: 'cert-manager', names: ['cert-manager', 'cert-manager-cert-manager'], suffixes: ['-cert-manager'], kind: 'Deployment', category: 'security', namespaces: ['cert-manager'], docs: 'https://cert-manager.io/docs/' }),
  c({ id: 'cert-manager-cainjector', suffixes: ['-cert-manager-cainjector'], kind: 'Deployment', category: 'security', namespaces: ['cert-manager'], docs: 'https://cert-manager.io/docs/concepts/ca-injector/' }),
  c({ id: 'cert-manager-webhook', suffixes: ['-cert-manager-webhook'], kind: 'Deployment', category: 'security', namespaces: ['cert-manager'], docs: 'https://cert-manager.io/docs/concepts/webhook/' }),
  // The chart's post-install hook, <fullname>-startupapicheck (cert-manager-startupapicheck): a Job that waits until the cert-manager
  // API answers, its webhook included. Completed is its end.
  c({ id: 'cert-manager-startupapicheck', suffixes: ['-cert-manager-startupapicheck'], kind: 'Job', category: 'security', namespaces: ['cert-manager'], docs: 'https://cert-manager.io/docs/cli/startupapicheck/' }),
  // cert-manager 0.6's webhook CA sync (the webhook's CA into its APIService and webhook configurations; 0.7's cainjector replaced
  // it): a Job at install and a CronJob of the same name, @weekly (its Jobs cert-manager-webhook-ca-sync-<Unix seconds>). Read as the
  // Job, whose pods alone would otherwise look like a DaemonSet's; the CronJob's show their schedule stamp. Completed is their end.
  c({ id: 'cert-manager-webhook-ca-sync', kind: 'Job', category: 'security', namespaces: ['cert-manager'], docs: 'https://github.com/cert-manager/cert-manager/releases/tag/v0.6.0' }),
  // Kyverno's Policy Reporter chart: policy-reporter, its Kyverno plugin and its UI, <release>-policy-reporter and <release>-kyverno-plugin
  // under another release (kyverno-policy-report-24eb08f5, hunt bk/18; its UI's bare <release>-ui says too little).
  c({ id: 'policy-reporter', names: ['policy-reporter', 'policy-reporter-ui', 'policy-reporter-kyverno-plugin'], suffixes: ['-policy-reporter', '-policy-reporter-ui', '-policy-reporter-kyverno-plugin', '-kyverno-plugin'], kind: 'Deployment', category: 'security', namespaces: ['policy-reporter', 'kyverno'], docs: 'https://kyverno.github.io/policy-reporter/' }),
  // Kyverno 1.10+ runs one Deployment per controller; up to 1.9 the kyverno Deployment did the admission and background work.
  c({ id: 'kyverno', names: ['kyverno', 'kyverno-admission-controller'], kind: 'Deployment', category: 'security', namespaces: ['kyverno'], docs: KYVERNO }),
  c({ id: 'kyverno-background-controller', kind: 'Deployment', category: 'security', namespaces: ['kyverno'], docs: KYVERNO }),
  c({ id: 'kyverno-cleanup-controller', kind: 'Deployment', category: 'security', namespaces: ['kyverno'], docs: KYVERNO }),
  c({ id: 'kyverno-reports-controller', kind: 'Deployment', category: 'security', namespaces: ['kyverno'], docs: KYVERNO }),
  // The Helm chart's CronJobs that delete piled-up reports (kyverno-cleanup-admission-reports, -cluster-ephemeral-reports,
  // -update-requests...); the cleanup controller's exact name matches first.
  c({ id: 'kyverno-cleanup-jobs', names: [], prefixes: ['kyverno-cleanup-'], kind: 'CronJob', category: 'security', namespaces: ['kyverno'], docs: 'https://github.com/kyverno/kyverno/tree/main/charts/kyverno#readme' }),
  // OPA Gatekeeper (gatekeeper-system; cattle-gatekeeper-system when Rancher installs it). AKS's and Azure Arc's Azure Policy add-on
  // deploys the same webhook as gatekeeper-controller (hunt cc/17).
  c({ id: 'gatekeeper-controller-manager', names: ['gatekeeper-controller-manager', 'gatekeeper-controller'], kind: 'Deployment', category: 'security', namespaces: ['gatekeeper-system', 'cattle-gatekeeper-system'], docs: `${GATEKEEPER}operations/` }),
  c({ id: 'gatekeeper-audit', kind: 'Deployment', category: 'security', namespaces: ['gatekeeper-system', 'cattle-gatekeeper-system'], docs: `${GATEKEEPER}audit/` }),
  // Gatekeeper Policy Manager (sighupio): a read-only web UI of Gatekeeper's constraints, templates and audit results; its chart names it
  // <release>-gatekeeper-policy-manager unless the release holds the name (hunt as/09).
  c({ id: 'gatekeeper-policy-manager', suffixes: ['-gatekeeper-policy-manager'], kind: 'Deployment', category: 'dashboard', namespaces: ['gatekeeper-system'], docs: 'https://github.com/sighupio/gatekeeper-policy-manager#readme' }),
  // Falco (falco): its Helm chart runs the sensor as a DaemonSet named after the release (falco), on the pod network unless
  // driver.kind is ebpf with driver.ebpf.hostNetwork set. Falcosidekick and its UI are Deployments: falcosidekick and
  // falcosidekick-ui from their own chart, falco-falcosidekick and falco-falcosidekick-ui as the falco chart's subchart.
  // A second release of the chart, run as a Deployment for a plugin such as k8saudit-eks, is <release>-falco (k8saudit-falco: hunt as/16).
  // Falco's own manifests before the chart (k8s-with-rbac/falco-daemonset-configmap.yaml) named the DaemonSet falco-daemonset (hunt cp/29).
  // The UI keeps its alerts in a Redis StatefulSet of its own, <fullname>-ui-redis.
  c({ id: 'falco', names: ['falco', 'falco-daemonset'], suffixes: ['-falco'], kind: 'DaemonSet', category: 'security', namespaces: ['falco'], docs: 'https://falco.org/docs/setup/kubernetes/' }),
  c({ id: 'falcosidekick', suffixes: ['-falcosidekick'], kind: 'Deployment', category: 'security', namespaces: ['falco'], docs: 'https://falco.org/docs/concepts/outputs/forwarding/' }),
  c({ id: 'falcosidekick-ui', names: ['falcosidekick-ui', 'falcosidekick-ui-redis'], suffixes: ['-falcosidekick-ui', '-falcosidekick-ui-redis'], kind: 'Deployment', category: 'dashboard', namespaces: ['falco'], docs: 'https://github.com/falcosecurity/falcosidekick-ui#readme' }),
  c({ id: 'gke-metadata-server', kind: 'DaemonSet', category: 'security', hostNetwork: true, docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/workload-identity' }),
  c({ id: 'eks-pod-identity-agent', kind: 'DaemonSet', category: 'security', hostNetwork: true, docs: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-agent-setup.html' }),
  c({ id: 'csi-secrets-store-provider-aws', kind: 'DaemonSet', category: 'security', docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/integrate_eks.html' }),
  // A generic name: only in its OpenShift namespace.
  c({ id: 'service-ca', kind: 'Deployment', category: 'security', namespaces: ['openshift-service-ca'], onlyInNamespaces: true, docs: 'https://github.com/openshift/service-ca-operator#readme' }),
  c({ id: 'azure-npm', kind: 'DaemonSet', category: 'security', hostNetwork: true, labels: { 'k8s-app': 'azure-npm' }, docs: 'https://learn.microsoft.com/en-us/azure/aks/use-network-policies' }),
  // Rancher Monitoring v1 (Rancher 2.2-2.4, in cattle-prometheus; a project's in cattle-prometheus-p-<id>) names its parts
  // <part>-cluster-monitoring and <part>-project-monitoring: exporter-kube-state-, exporter-node-, grafana-, prometheus-, and
  // prometheus-operator-monitoring-operator (hunt bq/08).
  // CoreOS's old kube-prometheus chart named its exporters <release>-exporter-kube-state and <release>-exporter-node. Gardener runs
  // kube-state-metrics-seed (and on its runtime cluster -runtime) in garden, a shoot's in the shoot's namespace.
  c({ id: 'kube-state-metrics', names: ['kube-state-metrics', 'kube-state-metrics-seed', 'kube-state-metrics-runtime', 'exporter-kube-state-cluster-monitoring'], suffixes: ['-kube-state-metrics', '-exporter-kube-state'], kind: 'Deployment', category: 'monitoring', namespaces: ['monitoring', 'kube-system', 'cattle-prometheus'], docs: 'https://github.com/kubernetes/kube-state-metrics#readme' }),
  // enix's x509-certificate-exporter: a Deployment for the certificates in Secrets, and DaemonSets named after their host paths
  // (x509-certificate-exporter-cp on the control plane, -nodes on every node) for the files on the nodes (hunt bf/19).
  c({ id: 'x509-certificate-exporter', prefixes: ['x509-certificate-exporter-'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['monitoring'], docs: 'https://github.com/enix/x509-certificate-exporter#readme' }),
  // cAdvisor as its own DaemonSet (Kubernetes' kubelet has one built in): google/cadvisor's manifests (cadvisor), Tanzu's prometheus
  // package (prometheus-cadvisor, hunt cc/02), other charts' <release>-cadvisor.
  c({ id: 'cadvisor', names: ['cadvisor', 'prometheus-cadvisor'], suffixes: ['-cadvisor'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['cadvisor', 'monitoring', 'prometheus', 'tanzu-system-monitoring'], docs: 'https://github.com/google/cadvisor/tree/master/deploy/kubernetes' }),
  c({ id: 'node-exporter', names: ['node-exporter', 'prometheus-node-exporter', 'exporter-node-cluster-monitoring'], suffixes: ['-prometheus-node-exporter', '-node-exporter', '-exporter-node'], kind: 'DaemonSet', category: 'monitoring', hostNetwork: true, namespaces: ['monitoring', 'cattle-prometheus'], docs: 'https://github.com/prometheus/node_exporter#readme' }),
  // DOKS's metrics agent. Some of its manifests set hostNetwork and some do not: left off.
  c({ id: 'do-node-agent', kind: 'DaemonSet', category: 'monitoring', docs: 'https://github.com/digitalocean/do-agent#readme' }),
  c({ id: 'network-metrics-daemon', kind: 'DaemonSet', category: 'monitoring', namespaces: ['openshift-multus'], docs: 'https://github.com/openshift/network-metrics-daemon#readme' }),
  // GKE's logging and metrics agents; sized variants are separate DaemonSets (fluentbit-gke-max, gke-metrics-agent-scaling-10...).
  c({ id: 'fluentbit-gke', prefixes: ['fluentbit-gke-'], kind: 'DaemonSet', category: 'monitoring', hostNetwork: true, docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs' }),
  c({ id: 'fluentd-gke', kind: 'DaemonSet', category: 'monitoring', hostNetwork: true, docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs' }),
  c({ id: 'fluentd-gke-scaler', kind: 'Deployment', category: 'monitoring', docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs' }),
  c({ id: 'gke-metrics-agent', prefixes: ['gke-metrics-agent-scaling-'], kind: 'DaemonSet', category: 'monitoring', hostNetwork: true, docs: 'https://cloud.google.com/kubernetes-engine/docs/how-to/configure-metrics' }),
  // event-exporter-gke on GKE today; event-exporter-v0.2.5 and the like before.
  c({ id: 'event-exporter', names: ['event-exporter-gke'], prefixes: ['event-exporter-v'], kind: 'Deployment', category: 'monitoring', docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs' }),
  // GKE's legacy logging agent (before fluentd-gke), named with its version: fluentd-gcp-v3.1.1. Its upstream manifests set no hostNetwork.
  // Its ancestor on kube-up's GCE clusters before DaemonSets (Kubernetes 1.0-1.3): a static pod on every node, fluentd-cloud-logging-<node>.
  c({ id: 'fluentd-cloud-logging', prefixes: ['fluentd-cloud-logging-'], kind: 'StaticPod', category: 'monitoring', onlyInNamespaces: true, docs: 'https://github.com/kubernetes/kubernetes/tree/release-1.3/cluster/saltbase/salt/fluentd-gcp' }),
  c({ id: 'fluentd-gcp', prefixes: ['fluentd-gcp-v'], kind: 'DaemonSet', category: 'monitoring', docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs' }),
  c({ id: 'fluentd-gcp-scaler', kind: 'Deployment', category: 'monitoring', docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs' }),
  // Legacy GKE monitoring: prometheus-to-sd scrapes node components on localhost (host network); the cluster-level metadata agent.
  c({ id: 'prometheus-to-sd', kind: 'DaemonSet', category: 'monitoring', hostNetwork: true, docs: 'https://github.com/GoogleCloudPlatform/k8s-stackdriver/tree/master/prometheus-to-sd' }),
  c({ id: 'stackdriver-metadata-agent', names: ['stackdriver-metadata-agent-cluster-level'], kind: 'Deployment', category: 'monitoring', docs: 'https://cloud.google.com/stackdriver/docs/solutions/gke/migration' }),
  // Google Cloud Managed Service for Prometheus: collectors in gmp-system (a generic name: only there), the operator in gmp-system or gke-gmp-system.
  c({ id: 'gmp-collector', names: ['collector'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['gmp-system'], onlyInNamespaces: true, docs: 'https://cloud.google.com/stackdriver/docs/managed-prometheus/setup-managed' }),
  c({ id: 'gmp-operator', kind: 'Deployment', category: 'monitoring', namespaces: ['gmp-system', 'gke-gmp-system'], docs: 'https://cloud.google.com/stackdriver/docs/managed-prometheus/setup-managed' }),
  // The operator's rule evaluator beside the collectors (its managed Alertmanager is the StatefulSet alertmanager: the alertmanager entry's).
  c({ id: 'gmp-rule-evaluator', names: ['rule-evaluator'], kind: 'Deployment', category: 'monitoring', namespaces: ['gmp-system', 'gke-gmp-system'], onlyInNamespaces: true, docs: 'https://cloud.google.com/stackdriver/docs/managed-prometheus/rules-managed' }),
  // The Custom Metrics Stackdriver Adapter (k8s-stackdriver, beside prometheus-to-sd): serves Cloud Monitoring metrics to HPAs, in custom-metrics.
  c({ id: 'custom-metrics-stackdriver-adapter', kind: 'Deployment', category: 'monitoring', namespaces: ['custom-metrics'], docs: 'https://github.com/GoogleCloudPlatform/k8s-stackdriver/tree/master/custom-metrics-stackdriver-adapter' }),
  // custom-metrics-apiserver: the name the HPA tutorials of 2017-2018 gave the custom metrics API server they deployed (the
  // k8s-prometheus-adapter image in stefanprodan/k8s-prom-hpa and luxas/kubeadm-workshop, the sample adapter of
  // kubernetes-sigs/custom-metrics-apiserver in custom-metrics), kept by later installs (OpenNESS's telemetry, ec/11; ec/06).
  // Not surely the Prometheus adapter, so its own entry: what it serves is what the name says.
  c({ id: 'custom-metrics-apiserver', kind: 'Deployment', category: 'monitoring', namespaces: ['custom-metrics', 'monitoring', 'kube-system', 'telemetry'], docs: 'https://github.com/kubernetes-sigs/custom-metrics-apiserver#readme' }),
  // AKS Container insights (Azure Monitor): the per-node agent and its cluster-level ReplicaSet, omsagent before 2022. AKS
  // Automatic runs right-sized copies of the node agents as DaemonSets of their own, ama-logs-s and ama-metrics-node-s (hunt cp/15).
  c({ id: 'ama-logs', names: ['ama-logs', 'ama-logs-s', 'ama-logs-windows', 'omsagent', 'omsagent-win'], kind: 'DaemonSet', category: 'monitoring', docs: 'https://learn.microsoft.com/en-us/azure/azure-monitor/containers/container-insights-troubleshoot' }),
  c({ id: 'ama-logs-rs', names: ['ama-logs-rs', 'omsagent-rs'], kind: 'Deployment', category: 'monitoring', docs: 'https://learn.microsoft.com/en-us/azure/azure-monitor/containers/container-insights-troubleshoot' }),
  // EKS Container Insights in amazon-cloudwatch; fluent-bit is a generic name there (Helm charts name theirs fluent-bit too): only in that namespace.
  // The eks/aws-cloudwatch-metrics chart (EKS Blueprints' Container Insights) runs the same agent as aws-cloudwatch-metrics (hunt bc/13).
  c({ id: 'cloudwatch-agent', names: ['cloudwatch-agent', 'aws-cloudwatch-metrics'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['amazon-cloudwatch'], docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-setup-EKS-quickstart.html' }),
  c({ id: 'cloudwatch-fluent-bit', names: ['fluent-bit'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['amazon-cloudwatch'], onlyInNamespaces: true, docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-setup-logs-FluentBit.html' }),
  // Container Insights' log DaemonSet before Fluent Bit (its quickstart's fluentd.yaml, and the incubator chart of the same name in
  // kube-system or logging): a name of its own, anywhere.
  c({ id: 'cloudwatch-fluentd', names: ['fluentd-cloudwatch'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['amazon-cloudwatch'], docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-setup-logs.html' }),
  // A workload named just fluentd: mostly a DaemonSet shipping the node's logs (fluentd-kubernetes-daemonset's manifests, most
  // hand-written ones), sometimes an aggregator the agents forward to (Magma orc8r's Deployment).
  c({ id: 'fluentd', kind: 'DaemonSet', category: 'monitoring', namespaces: ['kube-system', 'logging'], docs: 'https://docs.fluentd.org/container-deployment/kubernetes' }),
  // kube-prometheus-stack names it <fullname>-operator: <release>-kube-prometheus-stack-operator cut to its fullname's 26 characters
  // (prometheus-kube-prometheus-operator, prometheus-stack-kube-prom-operator), or <release>-operator when the release's name holds
  // the chart's (kube-prometheus-stack-operator).
  c({ id: 'prometheus-operator', names: ['prometheus-operator', 'kube-prometheus-stack-operator', 'prometheus-operator-monitoring-operator'], suffixes: ['-prometheus-operator', ...KPS_FULLNAME_ENDS.map((s) => `${s}-operator`)], kind: 'Deployment', category: 'monitoring', namespaces: ['monitoring', 'cattle-prometheus'], docs: 'https://prometheus-operator.dev/docs/getting-started/introduction/' }),
  // kube-prometheus-stack's hooks around each install and upgrade: <fullname>-admission-create makes the certificate of the operator's
  // admission webhook, <fullname>-admission-patch puts its CA into the webhook configurations. Jobs: Completed is their end. Rancher's
  // repackaged chart (rancher-monitoring, in cattle-monitoring-system) names them rancher-monitoring-admission-create and -patch.
  c({ id: 'kube-prometheus-stack-admission', names: ['kube-prometheus-stack-admission-create', 'kube-prometheus-stack-admission-patch', 'rancher-monitoring-admission-create', 'rancher-monitoring-admission-patch'], suffixes: KPS_FULLNAME_ENDS.flatMap((s) => [`${s}-admission-create`, `${s}-admission-patch`]), kind: 'Job', category: 'monitoring', namespaces: ['monitoring', 'cattle-monitoring-system'], docs: 'https://github.com/prometheus-community/helm-charts/tree/main/charts/kube-prometheus-stack' }),
  // Rancher's rancher-monitoring-crd chart, installed before rancher-monitoring: a Job that applies the Prometheus Operator's CRDs, and
  // one that deletes them when the chart is removed. Completed is their end.
  c({ id: 'rancher-monitoring-crd', names: ['rancher-monitoring-crd-create', 'rancher-monitoring-crd-delete'], kind: 'Job', category: 'monitoring', namespaces: ['cattle-monitoring-system'], docs: 'https://ranchermanager.docs.rancher.com/integrations-in-rancher/monitoring-and-alerting' }),
  // rancher-monitoring's PushProx exporters (cattle-monitoring-system; hunt br/17): where the control plane runs outside pods (RKE1's
  // Docker containers, k3s's and RKE2's processes) or listens on localhost only, a client DaemonSet pushprox-<component>-client on the
  // host network of the nodes that run it, and the proxy Prometheus scrapes through, the Deployment pushprox-<component>-proxy.
  c({ id: 'pushprox-client', names: PUSHPROX_COMPONENTS.map((n) => `pushprox-${n}-client`), kind: 'DaemonSet', category: 'monitoring', hostNetwork: true, namespaces: ['cattle-monitoring-system'], docs: PUSHPROX }),
  c({ id: 'pushprox-proxy', names: PUSHPROX_COMPONENTS.map((n) => `pushprox-${n}-proxy`), kind: 'Deployment', category: 'monitoring', namespaces: ['cattle-monitoring-system'], docs: PUSHPROX }),
  // k0s's metrics scraper (k0s controller --enable-metrics-scraper) pushes the scheduler's and controller manager's metrics to a
  // Pushgateway of its own in k0s-system (hunts bk/09, bk/10).
  c({ id: 'k0s-pushgateway', kind: 'Deployment', category: 'monitoring', namespaces: ['k0s-system'], docs: 'https://docs.k0sproject.io/stable/system-monitoring/' }),
  // Before Prometheus's own patterns: the community chart's release `prometheus` names its Pushgateway prometheus-prometheus-pushgateway.
  c({ id: 'prometheus-pushgateway', names: ['prometheus-pushgateway', 'pushgateway'], suffixes: ['-prometheus-pushgateway'], kind: 'Deployment', category: 'monitoring', namespaces: ['monitoring'], docs: 'https://github.com/prometheus/pushgateway#readme' }),
  // The old kube-prometheus chart's is alertmanager-kube-prometheus. The VictoriaMetrics operator runs the same Alertmanager for
  // each VMAlertmanager: the StatefulSet vmalertmanager-<name>. A bare alertmanager is the alertmanager chart released as such, or
  // Managed Service for Prometheus's in gmp-system (OpenFaaS's stays its own).
  c({ id: 'alertmanager', names: ['alertmanager', 'alertmanager-main', 'prometheus-alertmanager'], prefixes: ['alertmanager-', 'vmalertmanager-'], suffixes: ['-prometheus-alertmanager'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['monitoring'], docs: 'https://prometheus.io/docs/alerting/latest/alertmanager/' }),
  // Timescale's remote-write and remote-read adapter that keeps Prometheus's samples in TimescaleDB, the timescale-prometheus
  // chart's <release>-timescale-prometheus, renamed Promscale in 2020 (<release>-promscale; hunt co/19). No Prometheus server: it runs beside one. TimescaleDB itself is the
  // timescaledb-single chart's StatefulSet, <release>-timescaledb in tobs.
  c({ id: 'promscale', names: ['promscale', 'timescale-prometheus'], suffixes: ['-promscale', '-timescale-prometheus'], kind: 'Deployment', category: 'monitoring', namespaces: ['monitoring', 'observability'], docs: 'https://github.com/timescale/promscale#readme' }),
  c({ id: 'timescaledb', suffixes: ['-timescaledb'], kind: 'StatefulSet', category: 'storage', namespaces: ['monitoring', 'observability', 'timescaledb'], docs: 'https://github.com/timescale/timescaledb#readme' }),
  // The prometheus community chart names its server <release>-prometheus-server (prometheus-server for release prometheus). The
  // Prometheus Operator names each Prometheus's StatefulSet prometheus-<resource>, and kube-prometheus-stack's resources end in
  // -prometheus: both ends together say so (operatorPrometheus); a -prometheus alone is anyone's word for the project (DevStats'
  // devstats-provision-prometheus, hunt cx/04).
  c({ id: 'prometheus', names: ['prometheus-k8s', 'prometheus-server', 'prometheus-cluster-monitoring', 'prometheus-project-monitoring'], namespaces: ['monitoring', 'cattle-prometheus'], suffixes: ['-kube-prometheus-prometheus', '-prometheus-server'], prefixes: ['prometheus-prometheus-'], kind: 'StatefulSet', category: 'monitoring', docs: 'https://prometheus.io/docs/introduction/overview/' }),
  // A plain `prometheus` Deployment (Istio's add-on, Cilium's monitoring example in cilium-monitoring, hand-made installs and blog
  // guides' manifests, often in kube-system: hunt co/02), only in the usual namespaces: Linkerd viz has its own.
  c({ id: 'prometheus-plain', names: ['prometheus'], generic: ['prometheus'], kind: 'Deployment', category: 'monitoring', namespaces: ['monitoring', 'istio-system', 'prometheus', 'cilium-monitoring', 'kube-system'], onlyInNamespaces: true, docs: 'https://prometheus.io/docs/introduction/overview/' }),
  // Its Helm chart names them <release>-argocd-<part> (argo-cd-argocd-server).
  c({ id: 'argocd', names: ['argocd-server', 'argocd-repo-server', 'argocd-application-controller', 'argocd-dex-server', 'argocd-redis', 'argocd-applicationset-controller', 'argocd-notifications-controller'], prefixes: ['argocd-'], suffixes: ['-argocd-server', '-argocd-repo-server', '-argocd-application-controller', '-argocd-dex-server', '-argocd-redis', '-argocd-applicationset-controller', '-argocd-notifications-controller'], kind: 'Deployment', category: 'gitops', namespaces: ['argocd'], docs: 'https://argo-cd.readthedocs.io/en/stable/operator-manual/architecture/' }),
  // Argo CD up to v0.10, before v0.11 gave every part the argocd- prefix: application-controller and dex-server (argocd-server and
  // argocd-repo-server had it already). Generic names: only in argocd.
  c({ id: 'argocd-legacy', names: ['application-controller', 'dex-server'], generic: ['application-controller', 'dex-server'], kind: 'Deployment', category: 'gitops', namespaces: ['argocd'], onlyInNamespaces: true, docs: 'https://github.com/argoproj/argo-cd/blob/master/CHANGELOG.md' }),
  // The MetalLB chart names them <release>-controller and <release>-speaker: metallb-controller for a release metallb, my-metallb-controller
  // for my-metallb (hunt ba/15, in default). Generic names stay in metallb-system; the suffixes count anywhere (their names say MetalLB).
  c({ id: 'metallb-controller', names: ['metallb-controller', 'controller'], generic: ['controller'], suffixes: ['-metallb-controller'], patternsAnywhere: true, kind: 'Deployment', category: 'load-balancer', namespaces: ['metallb-system'], onlyInNamespaces: true, docs: 'https://metallb.universe.tf/concepts/' }),
  c({ id: 'metallb-speaker', names: ['metallb-speaker', 'speaker'], generic: ['speaker'], suffixes: ['-metallb-speaker'], patternsAnywhere: true, kind: 'DaemonSet', category: 'load-balancer', hostNetwork: true, namespaces: ['metallb-system'], onlyInNamespaces: true, docs: 'https://metallb.universe.tf/concepts/' }),
  // Traefik v1's manifests named it traefik-ingress-controller, a Deployment or a DaemonSet (kube-system in its guide), its pods
  // labelled k8s-app=traefik-ingress-lb; the many copies of that guide named the workload traefik-ingress-lb too (hunt by/15).
  c({ id: 'traefik', names: ['traefik', 'traefik-ingress-controller', 'traefik-ingress-lb'], labels: { 'k8s-app': 'traefik-ingress-lb' }, kind: 'Deployment', category: 'ingress', namespaces: ['kube-system', 'traefik'], docs: 'https://docs.k3s.io/networking/networking-services#traefik-ingress-controller' }),
  // GKE's handler of host maintenance events on GPU and TPU nodes (no live migration there): a generic name, only in kube-system.
  c({ id: 'maintenance-handler', kind: 'DaemonSet', category: 'addon', onlyInNamespaces: true, docs: 'https://cloud.google.com/kubernetes-engine/docs/concepts/handle-disruption-gpu-tpu' }),
  // OKE's node-side tunnel end to the managed control plane; its DaemonSet sets hostNetwork. No Oracle page names it: the cluster concepts page.
  c({ id: 'proxymux-client', kind: 'DaemonSet', category: 'addon', hostNetwork: true, docs: 'https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengclustersnodes.htm' }),
  // OKE's managed ObservabilityAgent add-on on every worker node (kubelet, cAdvisor, CoreDNS and kube-proxy metrics); on the host
  // network, as its pods show the node's address (ek/07). Its NodeProblemDetector add-on is node-problem-detector's oke- copy.
  c({ id: 'oke-observability-agent', names: ['oke-dataplane-observability-agent'], kind: 'DaemonSet', category: 'monitoring', hostNetwork: true, docs: 'https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengobservingworkernodeaddonhealth.htm' }),
  // Istio's control plane; revisioned installs (Anthos Service Mesh, canary upgrades) name it istiod-<revision>: istiod-asm-1157-23.
  // Before Istio 1.5 the control plane was several Deployments, since merged into istiod; 0.2-0.7 named citadel istio-ca (hunt ao/08).
  c({ id: 'istio-control-plane', names: ['istio-citadel', 'istio-ca', 'istio-galley', 'istio-pilot', 'istio-policy', 'istio-telemetry', 'istio-sidecar-injector', 'istio-mixer'], kind: 'Deployment', category: 'addon', namespaces: ['istio-system'], docs: 'https://istio.io/latest/blog/2020/istiod/' }),
  c({ id: 'istio-gateway', names: ['istio-ingressgateway', 'istio-egressgateway', 'istio-ingress', 'istio-egress'], kind: 'Deployment', category: 'addon', namespaces: ['istio-system', 'istio-ingress'], docs: 'https://istio.io/latest/docs/setup/additional-setup/gateway/' }),
  c({ id: 'istiod', prefixes: ['istiod-'], kind: 'Deployment', category: 'addon', namespaces: ['istio-system'], docs: 'https://istio.io/latest/docs/ops/deployment/architecture/' }),
  // Istio's operator (istioctl operator init, in istio-operator; removed in 1.24), and OpenShift Service Mesh 2's (Maistra) operator of
  // the same name in openshift-operators.
  c({ id: 'istio-operator', kind: 'Deployment', category: 'addon', namespaces: ['istio-operator', 'openshift-operators'], docs: 'https://istio.io/v1.23/docs/setup/install/operator/' }),
  // Istio 0.8-1.1's Helm chart (istio-system): the statsd-to-Prometheus bridge of Mixer's metrics, the servicegraph add-on (a generic
  // name: only in istio-system), and its hook Jobs: istio-cleanup-secrets and istio-cleanup-old-ca, the post-install Jobs of grafana,
  // security and mixer, and istio-init's CRD Jobs (istio-init-crd-10); Istio 1.1 names them with its version (istio-cleanup-secrets-1.1.0).
  c({ id: 'istio-statsd-prom-bridge', kind: 'Deployment', category: 'monitoring', namespaces: ['istio-system'], docs: 'https://istio.io/v1.0/docs/tasks/telemetry/metrics/querying-metrics/' }),
  c({ id: 'istio-servicegraph', names: ['servicegraph'], generic: ['servicegraph'], kind: 'Deployment', category: 'dashboard', namespaces: ['istio-system'], onlyInNamespaces: true, docs: 'https://istio.io/v1.0/docs/tasks/telemetry/servicegraph/' }),
  c({ id: 'istio-helm-hooks', names: ['istio-cleanup-secrets', 'istio-cleanup-old-ca', 'istio-grafana-post-install', 'istio-security-post-install', 'istio-mixer-post-install'], prefixes: ['istio-cleanup-', 'istio-grafana-post-install-', 'istio-security-post-install-', 'istio-mixer-post-install-', 'istio-init-crd-'], kind: 'Job', category: 'addon', namespaces: ['istio-system'], docs: 'https://istio.io/v1.1/docs/setup/kubernetes/install/helm/' }),
  // Anthos Service Mesh's canonical service controller (asm-system): groups workloads into the Canonical Services of the console's service dashboards.
  c({ id: 'asm-canonical-service-controller', names: ['canonical-service-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['asm-system'], docs: 'https://cloud.google.com/service-mesh/v1.16/docs/canonical-service-controller-enable-and-disable' }),
  // Linkerd's control plane (linkerd): Deployments with names of their own, so they count in any namespace. Up to 2.9
  // it also ran linkerd-controller (the public API the CLI talked to) and linkerd-sp-validator; 2.10 dropped the first
  // and moved the second into the linkerd-destination pod.
  c({ id: 'linkerd-destination', kind: 'Deployment', category: 'addon', namespaces: ['linkerd'], docs: LINKERD }),
  c({ id: 'linkerd-identity', kind: 'Deployment', category: 'addon', namespaces: ['linkerd'], docs: LINKERD }),
  c({ id: 'linkerd-proxy-injector', kind: 'Deployment', category: 'addon', namespaces: ['linkerd'], docs: LINKERD }),
  c({ id: 'linkerd-controller', kind: 'Deployment', category: 'addon', namespaces: ['linkerd'], docs: 'https://linkerd.io/2.9/reference/architecture/' }),
  c({ id: 'linkerd-sp-validator', kind: 'Deployment', category: 'addon', namespaces: ['linkerd'], docs: 'https://linkerd.io/2.9/reference/architecture/' }),
  // Kuma's control plane (kuma-cp): the Deployment kuma-control-plane, in kuma-system (kumactl and its Helm chart; Kong's AWS Marketplace
  // manifest put it in default). A name of its own: anywhere.
  c({ id: 'kuma-control-plane', kind: 'Deployment', category: 'addon', namespaces: ['kuma-system'], docs: 'https://kuma.io/docs/latest/introduction/architecture/' }),
  // Kuma 0.1-0.2 injected its sidecars from a Deployment of their own beside the control plane, later merged into it (hunt ao/01, 02).
  c({ id: 'kuma-injector', kind: 'Deployment', category: 'addon', namespaces: ['kuma-system'], docs: 'https://github.com/kumahq/kuma/blob/master/CHANGELOG.md' }),
  // Traefik Mesh (Maesh up to 1.3; hunt ao/04): a controller Deployment and a Traefik proxy on every node, a DaemonSet, in maesh,
  // traefik-mesh or mesh as installs chose. Names of their own: anywhere.
  c({ id: 'traefik-mesh-controller', names: ['traefik-mesh-controller', 'maesh-controller'], kind: 'Deployment', category: 'addon', namespaces: ['traefik-mesh', 'maesh', 'mesh'], docs: 'https://doc.traefik.io/traefik-mesh/' }),
  c({ id: 'traefik-mesh-proxy', names: ['traefik-mesh-proxy', 'maesh-mesh'], kind: 'DaemonSet', category: 'proxy', namespaces: ['traefik-mesh', 'maesh', 'mesh'], docs: 'https://doc.traefik.io/traefik-mesh/' }),
  // NGINX Service Mesh's control plane (nginx-meshctl or its chart, in nginx-mesh; hunt ao/05, 06): nginx-mesh-api, renamed
  // nginx-mesh-controller, its metrics API and its NATS server. nats-server is anyone's name: only in nginx-mesh, or beside the others.
  c({ id: 'nginx-service-mesh', names: ['nginx-mesh-api', 'nginx-mesh-controller', 'nginx-mesh-metrics', 'nats-server'], generic: ['nats-server'], kind: 'Deployment', category: 'addon', namespaces: ['nginx-mesh'], onlyInNamespaces: true, family: 'nginx-service-mesh', docs: 'https://docs.nginx.com/nginx-service-mesh/about/architecture/' }),
  // Linkerd's viz extension (linkerd-viz, Linkerd 2.10+): generic names, so they count only there, or where three of them show
  // together (a listing of linkerd-viz without its namespace: web, tap and metrics-api say it, and then grafana and prometheus
  // beside them are the extension's too). Up to 2.9 the same components ran in the linkerd namespace as linkerd-web,
  // linkerd-tap, linkerd-prometheus and linkerd-grafana; the extension dropped Grafana in 2.12.
  c({ id: 'linkerd-viz-web', names: ['web', 'linkerd-web'], generic: ['web'], kind: 'Deployment', category: 'monitoring', namespaces: ['linkerd-viz'], onlyInNamespaces: true, family: 'linkerd-viz', docs: LINKERD_VIZ }),
  c({ id: 'linkerd-viz-metrics-api', names: ['metrics-api'], kind: 'Deployment', category: 'monitoring', namespaces: ['linkerd-viz'], onlyInNamespaces: true, family: 'linkerd-viz', docs: LINKERD_VIZ }),
  c({ id: 'linkerd-viz-tap', names: ['tap', 'linkerd-tap'], generic: ['tap'], kind: 'Deployment', category: 'monitoring', namespaces: ['linkerd-viz'], onlyInNamespaces: true, family: 'linkerd-viz', docs: LINKERD_VIZ }),
  c({ id: 'linkerd-viz-tap-injector', names: ['tap-injector'], kind: 'Deployment', category: 'monitoring', namespaces: ['linkerd-viz'], onlyInNamespaces: true, family: 'linkerd-viz', docs: LINKERD_VIZ }),
  c({ id: 'linkerd-viz-prometheus', names: ['prometheus', 'linkerd-prometheus'], generic: ['prometheus'], kind: 'Deployment', category: 'monitoring', namespaces: ['linkerd-viz'], onlyInNamespaces: true, family: 'linkerd-viz', docs: LINKERD_VIZ }),
  c({ id: 'linkerd-viz-grafana', names: ['grafana', 'linkerd-grafana'], generic: ['grafana'], kind: 'Deployment', category: 'monitoring', namespaces: ['linkerd-viz'], onlyInNamespaces: true, family: 'linkerd-viz', docs: LINKERD_VIZ }),
  // Knative Serving (knative-serving): Deployments with generic names (activator, autoscaler, controller, webhook...),
  // so they count only there. The networking layer's controllers have names of their own: net-istio's, and Kourier's
  // (net-kourier-controller in knative-serving; older Kourier ran it as 3scale-kourier-control in kourier-system). Kourier's
  // Envoy gateway runs in kourier-system (knative-serving-ingress under OpenShift Serverless). Before the net-* names (Knative 0.x) the
  // networking controllers were networking-istio (and istio-webhook), networking-certmanager, networking-ns-cert, and net-contour's
  // contour-ingress-controller: generic names, only in knative-serving. Pasted without a namespace, three of the core's names
  // together (activator, autoscaler, autoscaler-hpa, controller, webhook) are that install all the same (hunt cs/12).
  c({ id: 'knative-activator', names: ['activator'], kind: 'Deployment', category: 'addon', namespaces: ['knative-serving'], onlyInNamespaces: true, family: 'knative-serving', docs: KNATIVE_SERVING }),
  c({ id: 'knative-autoscaler', names: ['autoscaler'], kind: 'Deployment', category: 'addon', namespaces: ['knative-serving'], onlyInNamespaces: true, family: 'knative-serving', docs: KNATIVE_SERVING }),
  c({ id: 'knative-autoscaler-hpa', names: ['autoscaler-hpa'], kind: 'Deployment', category: 'addon', namespaces: ['knative-serving'], onlyInNamespaces: true, family: 'knative-serving', docs: 'https://knative.dev/docs/serving/autoscaling/autoscaler-types/' }),
  c({ id: 'knative-serving-controller', names: ['controller'], kind: 'Deployment', category: 'addon', namespaces: ['knative-serving'], onlyInNamespaces: true, family: 'knative-serving', docs: KNATIVE_SERVING }),
  c({ id: 'knative-serving-webhook', names: ['webhook'], kind: 'Deployment', category: 'addon', namespaces: ['knative-serving'], onlyInNamespaces: true, family: 'knative-serving', docs: KNATIVE_SERVING }),
  c({ id: 'knative-domain-mapping', names: ['domain-mapping'], kind: 'Deployment', category: 'addon', namespaces: ['knative-serving'], onlyInNamespaces: true, family: 'knative-serving', docs: KNATIVE_SERVING }),
  c({ id: 'knative-domainmapping-webhook', names: ['domainmapping-webhook'], kind: 'Deployment', category: 'addon', namespaces: ['knative-serving'], onlyInNamespaces: true, family: 'knative-serving', docs: KNATIVE_SERVING }),
  c({ id: 'net-istio-controller', names: ['net-istio-controller', 'networking-istio'], generic: ['networking-istio'], kind: 'Deployment', category: 'ingress', namespaces: ['knative-serving'], onlyInNamespaces: true, docs: KNATIVE_SERVING }),
  c({ id: 'net-istio-webhook', names: ['net-istio-webhook', 'istio-webhook'], generic: ['istio-webhook'], kind: 'Deployment', category: 'ingress', namespaces: ['knative-serving'], onlyInNamespaces: true, docs: KNATIVE_SERVING }),
  c({ id: 'net-certmanager-controller', names: ['net-certmanager-controller', 'net-certmanager-webhook', 'networking-certmanager'], generic: ['networking-certmanager'], kind: 'Deployment', category: 'security', namespaces: ['knative-serving'], onlyInNamespaces: true, docs: 'https://github.com/knative-extensions/net-certmanager#readme' }),
  c({ id: 'net-nscert-controller', names: ['net-nscert-controller', 'networking-ns-cert'], generic: ['networking-ns-cert'], kind: 'Deployment', category: 'security', namespaces: ['knative-serving'], onlyInNamespaces: true, docs: KNATIVE_SERVING }),
  c({ id: 'net-contour-controller', names: ['net-contour-controller', 'contour-ingress-controller'], generic: ['contour-ingress-controller'], kind: 'Deployment', category: 'ingress', namespaces: ['knative-serving'], onlyInNamespaces: true, docs: 'https://github.com/knative-extensions/net-contour#readme' }),
  c({ id: 'net-kourier-controller', names: ['net-kourier-controller', '3scale-kourier-control'], kind: 'Deployment', category: 'ingress', namespaces: ['knative-serving', 'kourier-system', 'knative-serving-ingress'], docs: KNATIVE_SERVING }),
  // serving-default-domain.yaml's Job (Magic DNS): sets the config-domain ConfigMap to <ingress IP>.sslip.io once, then completes.
  c({ id: 'knative-default-domain', names: ['default-domain'], kind: 'Job', category: 'addon', namespaces: ['knative-serving'], onlyInNamespaces: true, docs: 'https://knative.dev/docs/install/yaml-install/serving/install-serving-with-yaml/#configure-dns' }),
  c({ id: 'kourier-gateway', names: ['3scale-kourier-gateway'], kind: 'Deployment', category: 'ingress', namespaces: ['kourier-system', 'knative-serving-ingress'], docs: KNATIVE_SERVING }),
  // Knative Eventing (knative-eventing): the core, the in-memory channel and the multi-tenant channel-based broker.
  c({ id: 'knative-eventing-controller', names: ['eventing-controller'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: KNATIVE_EVENTING }),
  // Up to 0.4 Eventing's webhook was a Deployment named just webhook, as Serving's is (fe/18): that name only in knative-eventing.
  c({ id: 'knative-eventing-webhook', names: ['eventing-webhook', 'webhook'], generic: ['webhook'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], onlyInNamespaces: true, docs: KNATIVE_EVENTING }),
  c({ id: 'knative-imc-controller', names: ['imc-controller'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: KNATIVE_EVENTING }),
  c({ id: 'knative-imc-dispatcher', names: ['imc-dispatcher'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: KNATIVE_EVENTING }),
  // Eventing's sugar controller: makes a Broker in each namespace (or for each Trigger) labelled to want one.
  c({ id: 'knative-sugar-controller', names: ['sugar-controller'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: 'https://knative.dev/docs/eventing/sugar/' }),
  c({ id: 'knative-mt-broker-controller', names: ['mt-broker-controller'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: KNATIVE_EVENTING }),
  c({ id: 'knative-mt-broker-filter', names: ['mt-broker-filter'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: KNATIVE_EVENTING }),
  c({ id: 'knative-mt-broker-ingress', names: ['mt-broker-ingress'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: KNATIVE_EVENTING }),
  // The multi-tenant PingSource adapter: one Deployment for every PingSource of the cluster (eventing-controller keeps it at zero
  // replicas until the first one exists), sending each schedule's event to its sink (fe/13).
  c({ id: 'knative-pingsource-adapter', names: ['pingsource-mt-adapter'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: 'https://knative.dev/docs/eventing/sources/ping-source/' }),
  // JobSink (core since 1.14): runs a Job for each event sent to it. A plain name: only in knative-eventing.
  c({ id: 'knative-job-sink', names: ['job-sink'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], onlyInNamespaces: true, docs: 'https://knative.dev/docs/eventing/sinks/job-sink/' }),
  // Knative Eventing 0.x: the sources' own controller (ApiServerSource, ContainerSource, CronJobSource...) beside eventing-controller, a
  // plain name (only in knative-eventing); the in-memory channel's ClusterChannelProvisioner (removed in 0.9, imc-* replaced it); and
  // the Broker each namespace labelled knative-eventing-injection got, in that namespace: <broker>-broker-filter and -ingress, the
  // broker almost always named default (a longer pattern would catch the user's own names).
  c({ id: 'knative-sources-controller', names: ['sources-controller'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], onlyInNamespaces: true, docs: KNATIVE_EVENTING }),
  c({ id: 'knative-in-memory-channel', names: ['in-memory-channel-controller', 'in-memory-channel-dispatcher'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: KNATIVE_EVENTING }),
  c({ id: 'knative-broker-filter', names: ['default-broker-filter'], kind: 'Deployment', category: 'addon', namespaces: [], docs: KNATIVE_EVENTING }),
  c({ id: 'knative-broker-ingress', names: ['default-broker-ingress'], kind: 'Deployment', category: 'addon', namespaces: [], docs: KNATIVE_EVENTING }),
  // Knative's Kafka broker (eventing-kafka-broker, knative-eventing): its control plane (kafka-controller, a plain name Bitnami's Kafka
  // chart gives its KRaft controllers too, so only there; kafka-webhook-eventing) and the data plane's receiver (a Deployment) and
  // dispatcher (a StatefulSet since 1.14ish, a Deployment before).
  c({ id: 'knative-kafka-controller', names: ['kafka-controller', 'kafka-webhook-eventing'], generic: ['kafka-controller'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], onlyInNamespaces: true, docs: KNATIVE_KAFKA_BROKER }),
  c({ id: 'knative-kafka-broker-receiver', names: ['kafka-broker-receiver'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], docs: KNATIVE_KAFKA_BROKER }),
  c({ id: 'knative-kafka-broker-dispatcher', names: ['kafka-broker-dispatcher'], kind: 'StatefulSet', category: 'addon', namespaces: ['knative-eventing'], docs: KNATIVE_KAFKA_BROKER }),
  // eventing-kafka before eventing-kafka-broker took its parts over (1.x): the consolidated KafkaChannel (kafka-ch-controller and its
  // dispatcher), the distributed one's controller, their webhook kafka-webhook, and the KafkaSource controller kafka-controller-manager
  // (knative-sources in eventing-contrib 0.x). kafka-webhook and kafka-controller-manager are anyone's names: only there.
  // Eventing 0.4-0.6's contrib Kafka channel ran as kafka-channel-controller and kafka-channel-dispatcher there (fe/14).
  c({ id: 'knative-kafka-channel', names: ['kafka-ch-controller', 'kafka-ch-dispatcher', 'eventing-kafka-channel-controller', 'kafka-webhook', 'kafka-channel-controller', 'kafka-channel-dispatcher'], generic: ['kafka-webhook'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing'], onlyInNamespaces: true, docs: 'https://knative.dev/docs/eventing/configuration/kafka-channel-configuration/' }),
  c({ id: 'knative-kafka-source', names: ['kafka-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['knative-eventing', 'knative-sources'], onlyInNamespaces: true, docs: 'https://knative.dev/docs/eventing/sources/kafka-source/' }),
  // Dapr's control plane (dapr-system). Placement is a StatefulSet (dapr-placement-server-0) since Dapr 1.0, a Deployment
  // named dapr-placement before; the scheduler (1.14+) is a StatefulSet too. The sidecar injector takes the host network
  // only when its chart's hostNetwork value is set.
  c({ id: 'dapr-operator', kind: 'Deployment', category: 'addon', namespaces: ['dapr-system'], docs: `${DAPR}operator/` }),
  c({ id: 'dapr-sentry', kind: 'Deployment', category: 'security', namespaces: ['dapr-system'], docs: `${DAPR}sentry/` }),
  c({ id: 'dapr-sidecar-injector', kind: 'Deployment', category: 'addon', namespaces: ['dapr-system'], docs: `${DAPR}sidecar-injector/` }),
  c({ id: 'dapr-placement', names: ['dapr-placement-server', 'dapr-placement'], kind: 'StatefulSet', category: 'addon', namespaces: ['dapr-system'], docs: `${DAPR}placement/` }),
  c({ id: 'dapr-scheduler', names: ['dapr-scheduler-server'], kind: 'StatefulSet', category: 'addon', namespaces: ['dapr-system'], docs: `${DAPR}scheduler/` }),
  c({ id: 'dapr-dashboard', kind: 'Deployment', category: 'dashboard', namespaces: ['dapr-system'], docs: 'https://github.com/dapr/dashboard#readme' }),
  // Microsoft's Dapr extension for AKS and Azure Arc adds its own monitoring (app.kubernetes.io/component=monitoring): a DaemonSet and a
  // Deployment, not in open-source Dapr's Helm chart.
  c({ id: 'dapr-monitoring', names: ['dapr-monitoring', 'dapr-monitoring-metrics'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['dapr-system'], docs: 'https://learn.microsoft.com/en-us/azure/aks/dapr' }),
  // KEDA (keda): the Helm chart names its metrics server keda-operator-metrics-apiserver, the release YAML (and KEDA's own
  // config) keda-metrics-apiserver. Its hostNetwork is a chart option (metricsServer.useHostNetwork), off by default.
  c({ id: 'keda-operator', kind: 'Deployment', category: 'addon', namespaces: ['keda'], docs: KEDA }),
  c({ id: 'keda-operator-metrics-apiserver', names: ['keda-operator-metrics-apiserver', 'keda-metrics-apiserver'], kind: 'Deployment', category: 'addon', namespaces: ['keda'], docs: KEDA }),
  c({ id: 'keda-admission-webhooks', kind: 'Deployment', category: 'addon', namespaces: ['keda'], docs: KEDA }),
  // On OpenShift the KEDA (Custom Metrics Autoscaler) operator from OperatorHub installs those from a KedaController (hunt ap/06).
  c({ id: 'keda-olm-operator', kind: 'Deployment', category: 'addon', namespaces: ['keda', 'openshift-keda'], docs: 'https://github.com/kedacore/keda-olm-operator#readme' }),
  // KEDA before 2.0 as its first chart and Azure Functions' `func kubernetes install` deployed it: one Deployment named keda.
  c({ id: 'keda-v1', names: ['keda'], kind: 'Deployment', category: 'addon', namespaces: ['keda'], docs: 'https://keda.sh/docs/1.5/concepts/' }),
  // Karmada's control plane (karmada-system), a multi-cluster control plane hosted as ordinary Deployments; its own etcd
  // is a StatefulSet (etcd-0). karmada-apiserver runs on the host network in the local-up manifests and not in the Helm
  // chart's default (apiServer.hostNetwork: false): left off.
  c({ id: 'karmada-apiserver', kind: 'Deployment', category: 'addon', namespaces: ['karmada-system'], docs: KARMADA }),
  c({ id: 'karmada-aggregated-apiserver', kind: 'Deployment', category: 'addon', namespaces: ['karmada-system'], docs: KARMADA }),
  c({ id: 'karmada-controller-manager', kind: 'Deployment', category: 'addon', namespaces: ['karmada-system'], docs: KARMADA }),
  c({ id: 'karmada-scheduler', kind: 'Deployment', category: 'addon', namespaces: ['karmada-system'], docs: KARMADA }),
  c({ id: 'karmada-webhook', kind: 'Deployment', category: 'addon', namespaces: ['karmada-system'], docs: KARMADA }),
  c({ id: 'karmada-descheduler', kind: 'Deployment', category: 'addon', namespaces: ['karmada-system'], docs: KARMADA }),
  c({ id: 'karmada-metrics-adapter', kind: 'Deployment', category: 'addon', namespaces: ['karmada-system'], docs: KARMADA }),
  // Karmada's installers run a kube-controller-manager of karmada-apiserver's own (namespaces, garbage collection, service accounts):
  // <release>-kube-controller-manager from its chart, plain kube-controller-manager from `karmadactl init` (hunt cr/16). The cluster's
  // own is a static pod in kube-system, never in karmada-system: as etcd-0 there is app-etcd, this one is Karmada's.
  c({ id: 'karmada-kube-controller-manager', names: ['karmada-kube-controller-manager', 'kube-controller-manager'], generic: ['kube-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['karmada-system'], onlyInNamespaces: true, docs: KARMADA }),
  // Submariner (submariner-operator): connects the pod and Service networks of clusters. Its operator runs the gateway (the tunnels to the
  // other clusters, on gateway nodes), the route agent on every node and Globalnet, all on the host network, and Lighthouse's agent
  // and CoreDNS for clusterset.local names (hunts ay/01, ay/10, ay/11).
  c({ id: 'submariner', names: ['submariner-operator', 'submariner-lighthouse-agent', 'submariner-lighthouse-coredns'], kind: 'Deployment', category: 'addon', namespaces: ['submariner-operator'], docs: 'https://submariner.io/getting-started/architecture/' }),
  c({ id: 'submariner-gateway', names: ['submariner-gateway', 'submariner-routeagent', 'submariner-globalnet'], kind: 'DaemonSet', category: 'cni', hostNetwork: true, namespaces: ['submariner-operator'], docs: 'https://submariner.io/getting-started/architecture/' }),
  // Its metrics proxy: a DaemonSet beside the gateways, off the host network, that serves the host-network gateway's and
  // Globalnet's metrics so no firewall port need open (one container each, 2/2; dh/03).
  c({ id: 'submariner-metrics-proxy', kind: 'DaemonSet', category: 'monitoring', namespaces: ['submariner-operator'], docs: 'https://submariner.io/getting-started/architecture/' }),
  // KubeFed (Kubernetes Cluster Federation v2, archived): its controller manager and admission webhook in kube-federation-system (hunt ay/18).
  c({ id: 'kubefed', names: ['kubefed-controller-manager', 'kubefed-admission-webhook'], kind: 'Deployment', category: 'addon', namespaces: ['kube-federation-system'], docs: 'https://github.com/kubernetes-retired/kubefed#readme' }),
  // Liqo (liqo): peers clusters, each seen by the other as a virtual node; every part is liqo-<part> (auth, controller-manager,
  // crd-replicator, gateway, network-manager, proxy, webhook, the liqo-route DaemonSet...; hunts ay/24, ay/25).
  // Its 2020 releases named the parts by what they did (advertisement-operator, crdreplicator-operator, discovery, peering-request-
  // operator, podmutator; dh/16): names too plain to count outside the namespace liqo.
  c({ id: 'liqo', names: LIQO_2020, generic: LIQO_2020, prefixes: ['liqo-'], kind: 'Deployment', category: 'addon', namespaces: ['liqo'], onlyInNamespaces: true, patternsAnywhere: true, docs: 'https://docs.liqo.io/en/stable/' }),
  // Admiralty (admiralty): schedules pods across clusters through virtual nodes. Its chart multicluster-scheduler names its parts
  // <fullname>-controller-manager, -proxy-scheduler, -candidate-scheduler and -restarter (hunts ay/27, ay/28).
  // Virtual Kubelet (virtual-kubelet): the pod that registers a virtual node and hands the pods placed on it to a provider.
  // AKS's virtual-node add-on runs it as aci-connector-linux in kube-system; before it, `az aks install-connector` and
  // the azure-aci charts made <release>-virtual-kubelet-for-aks and <release>-virtual-kubelet-aci-for-aks in default
  // (ew/01, ew/03, ew/04); the 2017 aci-connector-k8s was a bare pod aci-connector.
  c({ id: 'virtual-kubelet', names: ['aci-connector-linux', 'aci-connector-windows', 'aci-connector', 'virtual-kubelet'], suffixes: ['-virtual-kubelet-for-aks', '-virtual-kubelet-aci-for-aks', '-virtual-kubelet'], kind: 'Deployment', category: 'addon', namespaces: ['kube-system', 'default'], docs: 'https://virtual-kubelet.io/docs/' }),
  c({ id: 'admiralty', names: ['multicluster-scheduler-controller-manager', 'multicluster-scheduler-proxy-scheduler', 'multicluster-scheduler-candidate-scheduler', 'multicluster-scheduler-restarter'], suffixes: ['-multicluster-scheduler-controller-manager', '-multicluster-scheduler-proxy-scheduler', '-multicluster-scheduler-candidate-scheduler', '-multicluster-scheduler-restarter'], kind: 'Deployment', category: 'addon', namespaces: ['admiralty'], docs: 'https://admiralty.io/docs/concepts/topologies' }),
  // Open Cluster Management's hub: the cluster-manager operator (open-cluster-management) and the controllers it runs in
  // open-cluster-management-hub, or in the ClusterManager's own namespace in hosted mode (hunts ay/30, ay/31). A generic name, the operator's.
  c({ id: 'ocm-cluster-manager', names: ['cluster-manager', 'cluster-manager-registration-controller', 'cluster-manager-registration-webhook', 'cluster-manager-placement-controller', 'cluster-manager-work-webhook', 'cluster-manager-work-controller', 'cluster-manager-addon-manager-controller'], generic: ['cluster-manager'], kind: 'Deployment', category: 'addon', namespaces: ['open-cluster-management', 'open-cluster-management-hub'], onlyInNamespaces: true, docs: 'https://open-cluster-management.io/docs/concepts/architecture/' }),
  // ACM's add-on agents on a managed cluster (open-cluster-management-agent-addon; klusterlet-addon-* in ACM 2.0-2.4) and its
  // observability agent (hunt ay/02). Generic names: only there.
  c({ id: 'acm-addon', names: ['application-manager', 'cert-policy-controller', 'config-policy-controller', 'governance-policy-framework', 'iam-policy-controller', 'klusterlet-addon-workmgr', 'cluster-proxy-proxy-agent', 'cluster-proxy-service-proxy', 'endpoint-observability-operator', 'metrics-collector-deployment'], generic: ['application-manager', 'cert-policy-controller', 'config-policy-controller', 'governance-policy-framework', 'iam-policy-controller', 'metrics-collector-deployment'], prefixes: ['klusterlet-addon-'], patternsAnywhere: true, kind: 'Deployment', category: 'addon', namespaces: ['open-cluster-management-agent-addon', 'open-cluster-management-addon-observability'], onlyInNamespaces: true, docs: 'https://github.com/stolostron/multicloud-operators-foundation#readme' }),
  // Open Cluster Management's agent on a managed cluster: the klusterlet operator and the <klusterlet>-registration-agent and
  // -work-agent it runs (<klusterlet>-agent in Singleton mode), in open-cluster-management-agent; klusterlet-<cluster> in hosted mode.
  c({ id: 'ocm-klusterlet', names: ['klusterlet', 'klusterlet-registration-agent', 'klusterlet-work-agent', 'klusterlet-agent'], prefixes: ['klusterlet-'], kind: 'Deployment', category: 'addon', namespaces: ['open-cluster-management-agent', 'open-cluster-management'], docs: 'https://open-cluster-management.io/docs/concepts/architecture/' }),
  // Jenkins's Kubernetes plugin: one bare pod per build agent, deleted when the build ends (jenkins-agent-x7k2p-0qq2z,
  // jenkins-slave-05zqj-0vwdh, jnlp-rfp1b: the names of its default pod templates over the years).
  c({ id: 'jenkins-agent', names: ['jenkins-agent', 'jenkins-slave', 'jnlp'], prefixes: ['jenkins-agent-', 'jenkins-slave-', 'jnlp-'], kind: 'Pod', category: 'addon', namespaces: ['jenkins'], docs: 'https://plugins.jenkins.io/kubernetes/' }),
  // The Jenkins controller from jenkinsci/helm-charts: <release>-jenkins (jenkins under a release named so), a Deployment in chart 2.x
  // and the stable chart before it, a StatefulSet since (jenkins-0). Only the product's name at its end counts, not jenkins inside a name
  // (a build agent of a job on a jenkins branch is yeti-feature-2fjenkins-...).
  c({ id: 'jenkins', suffixes: ['-jenkins'], kind: 'StatefulSet', category: 'addon', namespaces: ['jenkins'], docs: 'https://www.jenkins.io/doc/book/installing/kubernetes/' }),
  // Jenkins X 2 (jx): Prow's parts as Deployments of generic names (deck, hook, tide, crier, horologium, plank, sinker, and Jenkins X's
  // pipelinerunner), or Lighthouse in their place (lighthouse-keeper, lighthouse-foghorn...): only in jx. Its chart's own services are
  // jenkins-x-<part> (jenkins-x-chartmuseum, jenkins-x-controllerbuild, jenkins-x-nexus...): anywhere.
  c({ id: 'jenkins-x-prow', names: ['deck', 'hook', 'tide', 'crier', 'horologium', 'plank', 'sinker', 'pipelinerunner'], generic: ['deck', 'hook', 'tide', 'crier', 'horologium', 'plank', 'sinker', 'pipelinerunner'], prefixes: ['lighthouse-'], kind: 'Deployment', category: 'gitops', namespaces: ['jx'], onlyInNamespaces: true, docs: 'https://docs.prow.k8s.io/docs/components/' }),
  c({ id: 'jenkins-x', names: [], prefixes: ['jenkins-x-'], kind: 'Deployment', category: 'gitops', namespaces: ['jx'], docs: 'https://github.com/jenkins-x/jx#readme' }),
  // Spinnaker as Halyard (and the Spinnaker Operator) deploys it: each microservice a Deployment spin-<service>, in spinnaker by default
  // (hunt cq/05). Halyard's HA mode splits Clouddriver into -caching, -rw, -ro and -ro-deck and Echo into -scheduler and -worker; its
  // -bootstrap copies serve while Halyard deploys Spinnaker with Spinnaker. Names of their own: `spin-` alone is SpinKube's too.
  c({ id: 'spinnaker-clouddriver', names: ['spin-clouddriver', 'spin-clouddriver-caching', 'spin-clouddriver-rw', 'spin-clouddriver-ro', 'spin-clouddriver-ro-deck', 'spin-clouddriver-bootstrap'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-deck', names: ['spin-deck'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-echo', names: ['spin-echo', 'spin-echo-scheduler', 'spin-echo-worker'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-fiat', names: ['spin-fiat'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-front50', names: ['spin-front50'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-gate', names: ['spin-gate'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-igor', names: ['spin-igor'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-kayenta', names: ['spin-kayenta'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-orca', names: ['spin-orca', 'spin-orca-bootstrap'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-rosco', names: ['spin-rosco'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: SPINNAKER }),
  c({ id: 'spinnaker-redis', names: ['spin-redis', 'spin-redis-bootstrap'], kind: 'Deployment', category: 'gitops', namespaces: ['spinnaker'], docs: 'https://spinnaker.io/docs/setup/productionize/caching/externalize-redis/' }),
  // The stable Helm chart runs Halyard itself as the StatefulSet <release>-spinnaker-halyard, which then deploys the spin-* services.
  c({ id: 'spinnaker-halyard', names: ['spinnaker-halyard'], suffixes: ['-spinnaker-halyard'], kind: 'StatefulSet', category: 'gitops', namespaces: ['spinnaker'], docs: 'https://spinnaker.io/docs/reference/halyard/' }),
  // CloudNativePG's operator (cnpg-system, from its manifest or Helm chart). Its clusters' pods are read in explain's
  // operatorOwners: instances <cluster>-<n> (no StatefulSet) and bootstrap Jobs <cluster>-<n>-initdb / -join.
  // Its Helm chart names the Deployment after the release (`helm install cnpg` makes `cnpg-<hash>-<5>`), or <release>-cloudnative-pg when
  // the release does not hold the chart's name (cnpg-operator-cloudnative-pg, hunt aj/22): that suffix in cnpg-system, like the rest.
  c({ id: 'cnpg-controller-manager', names: ['cnpg-controller-manager', 'cnpg-cloudnative-pg', 'cloudnative-pg', 'cnpg'], generic: ['cnpg'], suffixes: ['-cloudnative-pg'], onlyInNamespaces: true, kind: 'Deployment', category: 'storage', namespaces: ['cnpg-system'], docs: 'https://cloudnative-pg.io/documentation/current/architecture/' }),
  // The Barman Cloud plugin (CNPG-I, cloudnative-pg/plugin-barman-cloud), which took over object-store backups from the instances
  // in 1.26: its manifest's Deployment barman-cloud beside the operator; the instances it serves gain a sidecar (eh/17).
  c({ id: 'cnpg-barman-cloud', names: ['barman-cloud', 'plugin-barman-cloud'], kind: 'Deployment', category: 'storage', namespaces: ['cnpg-system'], docs: 'https://cloudnative-pg.io/plugin-barman-cloud/' }),
  // A Pooler runs PgBouncer as a Deployment named after it; the docs and the cnpg plugin name poolers <cluster>-pooler-rw|ro|r.
  c({ id: 'cnpg-pooler', names: [], suffixes: ['-pooler-rw', '-pooler-ro', '-pooler-r'], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://cloudnative-pg.io/documentation/current/connection_pooling/' }),
  // A Cluster's instances, <cluster>-<n>, pods the operator makes itself, and its Jobs <cluster>-<n>-initdb|join|...: known by the
  // owner explain's operatorOwners reads for them (a Cluster, a Job of that shape), never by a name alone.
  c({ id: 'cnpg-instance', names: [], kind: 'Pod', category: 'storage', namespaces: [], docs: 'https://cloudnative-pg.io/documentation/current/architecture/' }),
  c({ id: 'cnpg-job', names: [], kind: 'Job', category: 'storage', namespaces: [], docs: 'https://cloudnative-pg.io/documentation/current/bootstrap/' }),
  // Tekton (tekton-pipelines, tekton-pipelines-resolvers, tekton-chains): its TaskRuns' pods are read in operatorOwners.
  c({ id: 'tekton-pipelines', names: ['tekton-pipelines-controller', 'tekton-pipelines-webhook', 'tekton-pipelines-remote-resolvers', 'tekton-events-controller'], kind: 'Deployment', category: 'addon', namespaces: ['tekton-pipelines', 'tekton-pipelines-resolvers'], docs: 'https://tekton.dev/docs/pipelines/' }),
  c({ id: 'tekton-triggers', names: ['tekton-triggers-controller', 'tekton-triggers-webhook', 'tekton-triggers-core-interceptors'], kind: 'Deployment', category: 'addon', namespaces: ['tekton-pipelines'], docs: 'https://tekton.dev/docs/triggers/' }),
  c({ id: 'tekton-dashboard', kind: 'Deployment', category: 'dashboard', namespaces: ['tekton-pipelines'], docs: 'https://tekton.dev/docs/dashboard/' }),
  // The Tekton Operator, which installs and upgrades the others from a TektonConfig: its operator and webhook in tekton-operator,
  // and the proxy webhook it adds in tekton-pipelines (hunt bk/18). Names of their own.
  c({ id: 'tekton-operator', names: ['tekton-operator', 'tekton-operator-webhook', 'tekton-operator-proxy-webhook'], kind: 'Deployment', category: 'addon', namespaces: ['tekton-operator', 'tekton-pipelines'], docs: 'https://tekton.dev/docs/operator/' }),
  c({ id: 'tekton-chains', names: ['tekton-chains-controller'], kind: 'Deployment', category: 'security', namespaces: ['tekton-chains'], docs: 'https://tekton.dev/docs/chains/' }),
  // Argo Workflows (argo): its Helm chart names them <release>-workflow-controller and <release>-server.
  c({ id: 'argo-workflow-controller', names: ['workflow-controller', 'argo-workflows-workflow-controller'], suffixes: ['-workflow-controller'], kind: 'Deployment', category: 'addon', namespaces: ['argo'], docs: 'https://argo-workflows.readthedocs.io/en/latest/architecture/' }),
  c({ id: 'argo-server', names: ['argo-server', 'argo-workflows-server'], kind: 'Deployment', category: 'dashboard', namespaces: ['argo'], docs: 'https://argo-workflows.readthedocs.io/en/latest/argo-server/' }),
  // Argo Workflows' UI up to v2.4 (argo-server replaced it), a Deployment argo-ui; Kubeflow 0.x ran it in kubeflow beside its
  // pipelines, the namespace most pastes show it in. A name of its own: anywhere.
  c({ id: 'argo-ui', kind: 'Deployment', category: 'dashboard', namespaces: ['kubeflow', 'argo'], docs: 'https://github.com/argoproj/argo-ui#readme' }),
  // Argo Events (argo-events): its controller runs each EventBus, EventSource and Sensor as workloads of their own. Its Helm chart names
  // it <fullname>-controller-manager (argo-events-controller-manager), its manifests controller-manager: a generic name, only in
  // argo-events, like the validating webhook's events-webhook (that name in both). An EventBus named default runs as the StatefulSet
  // eventbus-default-js (NATS JetStream; eventbus-default-stan with the deprecated NATS Streaming), in its users' namespace.
  c({ id: 'argo-events-controller-manager', names: ['argo-events-controller-manager', 'controller-manager'], generic: ['controller-manager'], suffixes: ['-argo-events-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['argo-events'], onlyInNamespaces: true, docs: ARGO_EVENTS }),
  c({ id: 'argo-events-webhook', names: ['events-webhook'], kind: 'Deployment', category: 'addon', namespaces: ['argo-events'], onlyInNamespaces: true, docs: ARGO_EVENTS }),
  c({ id: 'argo-events-eventbus', names: ['eventbus-default-js', 'eventbus-default-stan'], kind: 'StatefulSet', category: 'addon', namespaces: ['argo-events'], docs: ARGO_EVENTS }),
  // Before v1.7 merged them into controller-manager, Argo Events ran one controller per resource: eventbus-controller,
  // eventsource-controller and sensor-controller from its manifests, <release>-eventbus-controller and so on from the argo-helm
  // chart (argo-events-eventbus-controller, fe/02). EventBus and EventSource are its own words, so the names count anywhere.
  c({ id: 'argo-events-controllers', names: ['eventbus-controller', 'eventsource-controller', 'sensor-controller'], suffixes: ['-eventbus-controller', '-eventsource-controller', '-sensor-controller'], kind: 'Deployment', category: 'addon', namespaces: ['argo-events'], docs: ARGO_EVENTS }),
  // Grafana: its own chart's `grafana`, kube-prometheus-stack's `<release>-grafana`, Heapster's `monitoring-grafana`, Istio's
  // addon `grafana` (istio-system).
  c({ id: 'grafana', names: ['grafana', 'monitoring-grafana', 'grafana-cluster-monitoring', 'grafana-project-monitoring'], suffixes: ['-grafana'], kind: 'Deployment', category: 'dashboard', namespaces: ['monitoring', 'grafana', 'istio-system', 'kube-system', 'cattle-prometheus'], docs: 'https://grafana.com/docs/grafana/latest/setup-grafana/installation/kubernetes/' }),
  // Deckhouse's prometheus-metrics-adapter module runs it as prometheus-metrics-adapter in d8-monitoring.
  c({ id: 'prometheus-adapter', names: ['prometheus-adapter', 'prometheus-metrics-adapter'], suffixes: ['-prometheus-adapter'], kind: 'Deployment', category: 'monitoring', namespaces: ['monitoring', 'd8-monitoring'], docs: 'https://github.com/kubernetes-sigs/prometheus-adapter#readme' }),
  c({ id: 'blackbox-exporter', names: ['blackbox-exporter', 'prometheus-blackbox-exporter'], suffixes: ['-prometheus-blackbox-exporter'], kind: 'Deployment', category: 'monitoring', namespaces: ['monitoring'], docs: 'https://github.com/prometheus/blackbox_exporter#readme' }),
  // Heapster's storage (kube-up's cluster monitoring before metrics-server): monitoring-influxdb, or with Grafana in one pod
  // (monitoring-influx-grafana-controller, the RC of 2015; kube-up's RCs named with their version, monitoring-influx-grafana-v1 to
  // monitoring-influxdb-grafana-v4).
  c({ id: 'monitoring-influxdb', names: ['monitoring-influxdb', 'monitoring-influxdb-grafana-v4', 'monitoring-influx-grafana-controller'], prefixes: ['monitoring-influxdb-grafana-v', 'monitoring-influx-grafana-v'], kind: 'Deployment', category: 'monitoring', docs: 'https://github.com/kubernetes-retired/heapster#readme' }),
  // minikube's heapster add-on ran the same pair, InfluxDB and Grafana in one pod, from a ReplicationController named influxdb-grafana
  // in kube-system (deploy/addons/heapster/influx-grafana-rc.yaml; hunt bv/06). Read as Grafana by its -grafana end before; a generic
  // enough name for someone's own stack elsewhere: only in kube-system.
  c({ id: 'minikube-influxdb-grafana', names: ['influxdb-grafana'], kind: 'ReplicationController', category: 'monitoring', onlyInNamespaces: true, docs: 'https://github.com/kubernetes/minikube/tree/v1.0.0/deploy/addons/heapster' }),
  // Logs: Grafana Loki and its agent Promtail, Elastic's Filebeat, Fluent Bit (each chart names them <release>-<name> too).
  // Loki's parts: monolithic (loki-0), simple scalable (loki-read, -write, -backend) or microservices (loki-distributor...),
  // and their caches; <release>-loki-<part> and loki-distributed's <release>-loki-distributed-<part> too. Gateway and canary: their own entries.
  // The loki-stack chart's Loki is named after the release when the release holds "loki": loki-stack-0 (hunt au/19).
  c({ id: 'loki', names: ['loki', 'loki-stack', 'loki-read', 'loki-write', 'loki-backend', 'loki-distributor', 'loki-ingester', 'loki-ingester-zone-a', 'loki-ingester-zone-b', 'loki-ingester-zone-c', 'loki-querier', 'loki-query-frontend', 'loki-query-scheduler', 'loki-compactor', 'loki-index-gateway', 'loki-ruler', 'loki-pattern-ingester', 'loki-bloom-gateway', 'loki-bloom-planner', 'loki-bloom-builder', 'loki-overrides-exporter', 'loki-table-manager', 'loki-chunks-cache', 'loki-results-cache', 'loki-distributed-distributor', 'loki-distributed-ingester', 'loki-distributed-querier', 'loki-distributed-query-frontend', 'loki-distributed-query-scheduler', 'loki-distributed-compactor', 'loki-distributed-index-gateway', 'loki-distributed-ruler', 'loki-distributed-table-manager', 'loki-distributed-memcached-chunks', 'loki-distributed-memcached-frontend', 'loki-distributed-memcached-index-queries', 'loki-distributed-memcached-index-writes'], suffixes: ['-loki', '-loki-read', '-loki-write', '-loki-backend', '-loki-distributor', '-loki-ingester', '-loki-ingester-zone-a', '-loki-ingester-zone-b', '-loki-ingester-zone-c', '-loki-querier', '-loki-query-frontend', '-loki-query-scheduler', '-loki-compactor', '-loki-index-gateway', '-loki-ruler', '-loki-pattern-ingester', '-loki-bloom-gateway', '-loki-bloom-planner', '-loki-bloom-builder', '-loki-overrides-exporter', '-loki-table-manager', '-loki-chunks-cache', '-loki-results-cache', '-loki-distributed-distributor', '-loki-distributed-ingester', '-loki-distributed-querier', '-loki-distributed-query-frontend', '-loki-distributed-query-scheduler', '-loki-distributed-compactor', '-loki-distributed-index-gateway', '-loki-distributed-ruler', '-loki-distributed-table-manager', '-loki-distributed-memcached-chunks', '-loki-distributed-memcached-frontend', '-loki-distributed-memcached-index-queries', '-loki-distributed-memcached-index-writes'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['monitoring', 'loki', 'logging'], docs: 'https://grafana.com/docs/loki/latest/get-started/architecture/' }),
  c({ id: 'promtail', suffixes: ['-promtail'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['monitoring', 'loki', 'logging'], docs: 'https://grafana.com/docs/loki/latest/send-data/promtail/' }),
  c({ id: 'filebeat', suffixes: ['-filebeat'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['kube-system', 'logging', 'elastic-system'], docs: 'https://www.elastic.co/guide/en/beats/filebeat/current/running-on-kubernetes.html' }),
  // The other Beats: ECK names a Beat's DaemonSet or Deployment <name>-beat-<type> (metricbeat-beat-metricbeat), Elastic's Helm chart
  // <release>-metricbeat (and its <release>-metricbeat-metrics Deployment). Heartbeat only in ECK's form: -heartbeat says too little.
  c({ id: 'elastic-beats', names: ['metricbeat', 'auditbeat', 'packetbeat'], suffixes: ['-metricbeat', '-metricbeat-metrics', '-auditbeat', '-packetbeat', '-beat-heartbeat'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['kube-system', 'logging', 'elastic-system'], docs: 'https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-beat.html' }),
  c({ id: 'fluent-bit', suffixes: ['-fluent-bit'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['logging', 'fluent-bit', 'kube-system'], docs: 'https://docs.fluentbit.io/manual/installation/kubernetes' }),
  // Istio's add-ons (istio-system): Kiali, and Jaeger (`istio-tracing` before Istio 1.5).
  // Verrazzano runs its Kiali in its monitoring instance, vmi-system-kiali, beside vmi-system-grafana (hunt cc/11).
  c({ id: 'kiali', names: ['kiali', 'vmi-system-kiali'], kind: 'Deployment', category: 'dashboard', namespaces: ['istio-system', 'kiali-operator', 'verrazzano-system'], docs: 'https://kiali.io/docs/architecture/architecture/' }),
  // The jaegertracing chart names its parts <release>-jaeger-<part> (jaeger-collector when the release is jaeger; fb/10, fb/11,
  // fb/13), its agent a DaemonSet on every node.
  c({ id: 'jaeger', names: ['jaeger', 'istio-tracing', 'jaeger-query', 'jaeger-collector', 'jaeger-ingester'], suffixes: ['-jaeger-query', '-jaeger-collector', '-jaeger-ingester'], kind: 'Deployment', category: 'monitoring', namespaces: ['istio-system', 'observability', 'jaeger', 'tracing'], docs: 'https://www.jaegertracing.io/docs/latest/architecture/' }),
  c({ id: 'jaeger-agent', names: ['jaeger-agent'], suffixes: ['-jaeger-agent'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['istio-system', 'observability', 'jaeger', 'tracing'], docs: 'https://www.jaegertracing.io/docs/latest/architecture/' }),
  // Helm 2's server side (removed in Helm 3, November 2019).
  c({ id: 'tiller', names: ['tiller-deploy'], kind: 'Deployment', category: 'addon', docs: 'https://v2.helm.sh/docs/install/' }),
  // kubeadm's HA guide, option 2: HAProxy and keepalived as static pods on each control-plane node, in front of the API servers
  // (Kubespray runs haproxy-<node> on the other nodes instead, as nginx-proxy below).
  c({ id: 'haproxy', names: ['haproxy'], generic: ['haproxy'], onlyInNamespaces: true, kind: 'StaticPod', category: 'load-balancer', hostNetwork: true, docs: KUBEADM_HA }),
  c({ id: 'keepalived', names: ['keepalived'], generic: ['keepalived'], onlyInNamespaces: true, kind: 'StaticPod', category: 'load-balancer', hostNetwork: true, docs: KUBEADM_HA }),
  // Rancher's Fleet (GitOps for many clusters): its controller, gitjob and (0.12+) helmops in cattle-fleet-system, an agent per cluster.
  c({ id: 'fleet-controller', names: ['fleet-controller', 'gitjob', 'helmops'], kind: 'Deployment', category: 'gitops', namespaces: ['cattle-fleet-system'], onlyInNamespaces: true, docs: 'https://fleet.rancher.io/architecture' }),
  // The agent is a StatefulSet since Fleet 0.10 (Rancher 2.9: fleet-agent-0, rancher/rancher#50880, dq/12); older ones' pods
  // carry a Deployment's hashes, which say so themselves.
  c({ id: 'fleet-agent', kind: 'StatefulSet', category: 'gitops', namespaces: ['cattle-fleet-system', 'cattle-fleet-local-system'], docs: 'https://fleet.rancher.io/architecture' }),
  // OpenShift 4's platform, beside the control plane's static pods: its cluster operators (a Deployment `<part>-operator` in
  // the namespace of the part it runs), the version operator over them, and what they run. Generic names count only there.
  c({ id: 'cluster-version-operator', kind: 'Deployment', category: 'control-plane', namespaces: ['openshift-cluster-version'], docs: OPENSHIFT_OPERATORS }),
  // etcd-operator by name too: in openshift-etcd-operator it is OpenShift's, before CoreOS's etcd-operator entry (a name beats a suffix).
  c({ id: 'openshift-cluster-operator', names: ['etcd-operator'], suffixes: ['-operator'], kind: 'Deployment', category: 'control-plane', namespaces: OPENSHIFT_OPERATOR_NAMESPACES, onlyInNamespaces: true, docs: OPENSHIFT_OPERATORS }),
  // A hosted control plane (HyperShift) runs them as Deployments named in full beside its kube-apiserver: those count anywhere.
  c({ id: 'openshift-apiserver', names: ['apiserver', 'openshift-apiserver', 'openshift-oauth-apiserver'], generic: ['apiserver'], kind: 'Deployment', category: 'control-plane', namespaces: ['openshift-apiserver', 'openshift-oauth-apiserver'], onlyInNamespaces: true, docs: 'https://docs.openshift.com/container-platform/4.14/architecture/control-plane.html' }),
  c({ id: 'oauth-openshift', kind: 'Deployment', category: 'security', namespaces: ['openshift-authentication'], docs: 'https://docs.openshift.com/container-platform/4.14/authentication/understanding-authentication.html' }),
  // Since 4.12 the route controllers run apart, as the Deployment route-controller-manager in openshift-route-controller-manager
  // (openshift-route-controller-manager in a hosted control plane; hunt bl/28).
  c({ id: 'openshift-controller-manager', names: ['controller-manager', 'openshift-controller-manager', 'openshift-route-controller-manager', 'route-controller-manager'], generic: ['controller-manager', 'route-controller-manager'], kind: 'DaemonSet', category: 'control-plane', namespaces: ['openshift-controller-manager', 'openshift-route-controller-manager'], onlyInNamespaces: true, docs: 'https://docs.openshift.com/container-platform/4.14/architecture/control-plane.html' }),
  c({ id: 'openshift-console', names: ['console', 'downloads'], kind: 'Deployment', category: 'dashboard', namespaces: ['openshift-console'], onlyInNamespaces: true, docs: 'https://docs.openshift.com/container-platform/4.14/web_console/web-console-overview.html' }),
  c({ id: 'openshift-image-registry', names: ['image-registry'], kind: 'Deployment', category: 'storage', namespaces: ['openshift-image-registry'], onlyInNamespaces: true, docs: 'https://docs.openshift.com/container-platform/4.14/registry/index.html' }),
  c({ id: 'openshift-node-ca', names: ['node-ca'], kind: 'DaemonSet', category: 'security', namespaces: ['openshift-image-registry'], onlyInNamespaces: true, docs: 'https://docs.openshift.com/container-platform/4.14/registry/index.html' }),
  // The image registry operator's daily pruning CronJob: its Jobs are image-pruner-<minutes stamp>, whose pods Kubernetes 1.21-1.22
  // (OpenShift 4.8-4.9) named image-pruner-<stamp>--1-<5>. A generic name: only in openshift-image-registry.
  c({ id: 'openshift-image-pruner', names: ['image-pruner'], generic: ['image-pruner'], prefixes: ['image-pruner-'], kind: 'CronJob', category: 'storage', namespaces: ['openshift-image-registry'], onlyInNamespaces: true, docs: 'https://docs.openshift.com/container-platform/4.14/applications/pruning-objects.html' }),
  c({ id: 'openshift-tuned', names: ['tuned'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: ['openshift-cluster-node-tuning-operator'], onlyInNamespaces: true, docs: 'https://docs.openshift.com/container-platform/4.14/scalability_and_performance/using-node-tuning-operator.html' }),
  c({ id: 'machine-approver', kind: 'Deployment', category: 'security', hostNetwork: true, namespaces: ['openshift-cluster-machine-approver'], docs: OPENSHIFT_OPERATORS }),
  // The Machine Config Operator (openshift-machine-config-operator): the operator, its controller (renders MachineConfigs per pool, rolls
  // them out node by node), the daemon on every node that applies them (host network), and the server on the masters that hands new
  // nodes their Ignition config (host network). Names of their own: read with no namespace too.
  c({ id: 'machine-config-operator', kind: 'Deployment', category: 'control-plane', namespaces: ['openshift-machine-config-operator'], docs: 'https://github.com/openshift/machine-config-operator#readme' }),
  c({ id: 'machine-config-controller', kind: 'Deployment', category: 'control-plane', namespaces: ['openshift-machine-config-operator'], docs: 'https://github.com/openshift/machine-config-operator/blob/master/docs/MachineConfigController.md' }),
  c({ id: 'machine-config-daemon', kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: ['openshift-machine-config-operator'], docs: 'https://github.com/openshift/machine-config-operator/blob/master/docs/MachineConfigDaemon.md' }),
  c({ id: 'machine-config-server', kind: 'DaemonSet', category: 'control-plane', hostNetwork: true, namespaces: ['openshift-machine-config-operator'], docs: 'https://github.com/openshift/machine-config-operator/blob/master/docs/MachineConfigServer.md' }),
  // OpenShift's Machine API (openshift-machine-api): machine-api-operator (a cluster operator) runs machine-api-controllers, one pod with
  // the cloud's machine controller, the MachineSet, node-link and MachineHealthCheck controllers and their proxies (hunt az/25).
  c({ id: 'machine-api-controllers', kind: 'Deployment', category: 'control-plane', namespaces: ['openshift-machine-api'], docs: 'https://docs.openshift.com/container-platform/4.14/machine_management/index.html' }),
  // The network operator's connectivity checks (openshift-network-diagnostics, hunt bl/28): network-check-source probes the
  // network-check-target pod on every node and records the results in PodNetworkConnectivityCheck objects.
  c({ id: 'openshift-network-check-source', names: ['network-check-source'], kind: 'Deployment', category: 'cni', namespaces: ['openshift-network-diagnostics'], docs: 'https://github.com/openshift/cluster-network-operator#readme' }),
  c({ id: 'openshift-network-check-target', names: ['network-check-target'], kind: 'DaemonSet', category: 'cni', namespaces: ['openshift-network-diagnostics'], docs: 'https://github.com/openshift/cluster-network-operator#readme' }),
  // The Kubernetes storage version migrator its operator runs (hunt bl/27): a generic name, only there.
  c({ id: 'openshift-storage-version-migrator', names: ['migrator'], kind: 'Deployment', category: 'control-plane', namespaces: ['openshift-kube-storage-version-migrator'], onlyInNamespaces: true, docs: 'https://github.com/openshift/cluster-kube-storage-version-migrator-operator#readme' }),
  // OpenShift's monitoring stack beside its Prometheus, Alertmanager and kube-state-metrics (hunts bl/15, bl/17): its own state metrics
  // (routes, builds, DeploymentConfigs, quotas), the client that sends telemetry to Red Hat, and since 4.14 the console's monitoring
  // pages (a generic name: only there).
  c({ id: 'openshift-state-metrics', kind: 'Deployment', category: 'monitoring', namespaces: ['openshift-monitoring'], docs: 'https://github.com/openshift/openshift-state-metrics#readme' }),
  c({ id: 'telemeter-client', kind: 'Deployment', category: 'monitoring', namespaces: ['openshift-monitoring'], docs: 'https://github.com/openshift/telemeter#readme' }),
  c({ id: 'openshift-monitoring-plugin', names: ['monitoring-plugin'], kind: 'Deployment', category: 'dashboard', namespaces: ['openshift-monitoring'], onlyInNamespaces: true, docs: 'https://github.com/openshift/monitoring-plugin#readme' }),
  // The cloud's network settings for egress IPs (the node's extra private IPs on AWS, Azure, GCP), in
  // openshift-cloud-network-config-controller or a hosted control plane's namespace (hunt bl/08).
  c({ id: 'cloud-network-config-controller', kind: 'Deployment', category: 'cni', namespaces: ['openshift-cloud-network-config-controller'], docs: 'https://github.com/openshift/cloud-network-config-controller#readme' }),
  // The Migration Toolkit for Containers (mig-operator) in openshift-migration: its operator, the controller that runs migration
  // plans through Velero (hunt bj/21), the web UI and its log reader. Generic names: only there.
  c({ id: 'mtc', names: ['migration-operator', 'migration-controller', 'migration-ui', 'migration-log-reader'], kind: 'Deployment', category: 'addon', namespaces: ['openshift-migration'], onlyInNamespaces: true, docs: 'https://github.com/migtools/mig-operator#readme' }),
  c({ id: 'openshift-ingress-canary', names: ['ingress-canary'], kind: 'DaemonSet', category: 'ingress', namespaces: ['openshift-ingress-canary'], onlyInNamespaces: true, docs: OPENSHIFT_OPERATORS }),
  // Operator Lifecycle Manager (OpenShift's openshift-operator-lifecycle-manager, upstream's olm) and the catalogs it installs from.
  // OpenShift's package-server-manager runs packageserver, and its CronJob collect-profiles takes OLM's CPU and memory profiles
  // every 15 minutes (hunt bl/28): Completed is its Jobs' end.
  c({ id: 'olm', names: ['olm-operator', 'catalog-operator', 'packageserver', 'package-server-manager'], kind: 'Deployment', category: 'addon', namespaces: ['openshift-operator-lifecycle-manager', 'olm'], docs: 'https://olm.operatorframework.io/docs/concepts/olm-architecture/' }),
  c({ id: 'olm-collect-profiles', names: ['collect-profiles'], kind: 'CronJob', category: 'monitoring', namespaces: ['openshift-operator-lifecycle-manager'], onlyInNamespaces: true, docs: 'https://github.com/operator-framework/operator-lifecycle-manager#readme' }),
  // A bare pod's component is looked up by the pod's own name (<catalogsource>-<5>, operatorhubio-catalog-7g9db: hunt ae/25), the owner's by
  // the CatalogSource's: both.
  c({ id: 'operator-catalog', names: OPERATOR_CATALOGS, prefixes: OPERATOR_CATALOGS.map((n) => `${n}-`), kind: 'Pod', category: 'addon', namespaces: ['openshift-marketplace', 'olm'], onlyInNamespaces: true, docs: 'https://olm.operatorframework.io/docs/concepts/crds/catalogsource/' }),
  // HyperShift (OpenShift's hosted control planes): the operator in hypershift, and each hosted cluster's control plane as Deployments
  // in a namespace of the management cluster, <HostedCluster's namespace>-<its name> (clusters-<name> by default). Beside kube-apiserver,
  // etcd and the OpenShift API servers (their own entries), the control-plane operator that runs them all, and the parts a standalone
  // cluster runs on its own nodes: the cluster operators, the catalogs, Cluster API for the NodePools' machines. Most names are
  // generic: they count where three of the family show together (a hosted control plane has dozens), or in rows without a namespace.
  c({ id: 'hypershift-operator', names: ['operator'], generic: ['operator'], kind: 'Deployment', category: 'addon', namespaces: ['hypershift'], onlyInNamespaces: true, docs: HYPERSHIFT }),
  c({ id: 'hypershift-control-plane-operator', names: ['control-plane-operator', 'control-plane-pki-operator'], generic: ['control-plane-operator'], kind: 'Deployment', category: 'control-plane', namespaces: [], onlyInNamespaces: true, family: 'hypershift', docs: HYPERSHIFT }),
  c({ id: 'hypershift-hosted-cluster-config-operator', names: ['hosted-cluster-config-operator'], kind: 'Deployment', category: 'control-plane', namespaces: [], family: 'hypershift', docs: HYPERSHIFT }),
  c({ id: 'hypershift-ignition-server', names: ['ignition-server', 'ignition-server-proxy'], kind: 'Deployment', category: 'control-plane', namespaces: [], onlyInNamespaces: true, family: 'hypershift', docs: HYPERSHIFT }),
  c({ id: 'hypershift-cluster-api', names: ['cluster-api', 'capi-provider'], kind: 'Deployment', category: 'control-plane', namespaces: [], onlyInNamespaces: true, family: 'hypershift', docs: HYPERSHIFT }),
  // A standalone cluster runs most of them under the same names in openshift-* namespaces (the -operator ending's entry there); AKS its
  // csi-snapshot-controller in kube-system: by the family only, none of that changes.
  c({ id: 'hypershift-cluster-operators', names: ['cluster-policy-controller', 'cluster-network-operator', 'cluster-image-registry-operator', 'cluster-node-tuning-operator', 'cluster-storage-operator', 'csi-snapshot-controller-operator', 'csi-snapshot-controller', 'csi-snapshot-webhook', 'dns-operator', 'ingress-operator', 'cloud-credential-operator', 'multus-admission-controller', 'network-node-identity', 'aws-ebs-csi-driver-operator'], kind: 'Deployment', category: 'control-plane', namespaces: [], onlyInNamespaces: true, family: 'hypershift', docs: HYPERSHIFT }),
  c({ id: 'hypershift-catalog', names: ['certified-operators-catalog', 'community-operators-catalog', 'redhat-marketplace-catalog', 'redhat-operators-catalog'], kind: 'Deployment', category: 'addon', namespaces: [], family: 'hypershift', docs: HYPERSHIFT }),
  // Gardener: its own control plane in the garden cluster's garden namespace (gardener-operator installs it on newer landscapes, with a
  // virtual garden's kube-apiserver and etcd, virtual-garden-*), and on each seed cluster the gardenlet and the seed's shared parts in
  // garden. Each shoot's control plane runs on its seed in namespace shoot--<project>--<shoot>: kube-apiserver, kube-controller-manager
  // and kube-scheduler as Deployments (their own entries), etcd-druid's etcd-main and etcd-events StatefulSets, machine-controller-manager,
  // the VPN's seed end, logging and monitoring. Names that say Gardener count anywhere; etcd-main, etcd-events, event-logger and vali
  // only there (and vali in garden).
  c({ id: 'gardener-control-plane', names: ['gardener-apiserver', 'gardener-controller-manager', 'gardener-scheduler', 'gardener-admission-controller', 'gardener-metrics-exporter', 'gardener-discovery-server'], kind: 'Deployment', category: 'addon', namespaces: ['garden'], docs: GARDENER_COMPONENTS }),
  c({ id: 'gardener-operator', kind: 'Deployment', category: 'addon', namespaces: ['garden'], docs: 'https://gardener.cloud/docs/gardener/concepts/operator/' }),
  c({ id: 'gardener-dashboard', kind: 'Deployment', category: 'dashboard', namespaces: ['garden'], docs: 'https://gardener.cloud/docs/dashboard/' }),
  c({ id: 'gardenlet', kind: 'Deployment', category: 'addon', namespaces: ['garden'], docs: 'https://gardener.cloud/docs/gardener/concepts/gardenlet/' }),
  c({ id: 'gardener-resource-manager', names: ['gardener-resource-manager', 'virtual-garden-gardener-resource-manager'], kind: 'Deployment', category: 'addon', namespaces: ['garden'], docs: 'https://gardener.cloud/docs/gardener/concepts/resource-manager/' }),
  // Extensions run in namespaces of their own (extension-<name>-<5>), their admission webhooks in garden.
  c({ id: 'gardener-extension', names: [], prefixes: ['gardener-extension-'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://gardener.cloud/docs/extensions/' }),
  c({ id: 'etcd-druid', kind: 'Deployment', category: 'addon', namespaces: ['garden'], docs: 'https://gardener.cloud/docs/other-components/etcd-druid/' }),
  // Up to Gardener 1.6x its two instances were dependency-watchdog-endpoint and dependency-watchdog-probe.
  c({ id: 'dependency-watchdog', names: ['dependency-watchdog-prober', 'dependency-watchdog-weeder', 'dependency-watchdog-endpoint', 'dependency-watchdog-probe'], kind: 'Deployment', category: 'addon', namespaces: ['garden'], docs: 'https://github.com/gardener/dependency-watchdog#readme' }),
  c({ id: 'gardener-etcd', names: ['etcd-main', 'etcd-events', 'virtual-garden-etcd-main', 'virtual-garden-etcd-events'], generic: ['etcd-main', 'etcd-events'], kind: 'StatefulSet', category: 'control-plane', namespaces: [], onlyInNamespaces: true, namespacePrefixes: [SHOOT_NAMESPACE], guide: 'components/etcd/', docs: 'https://github.com/gardener/gardener/blob/master/docs/concepts/etcd.md' }),
  c({ id: 'machine-controller-manager', kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://gardener.cloud/docs/other-components/machine-controller-manager/' }),
  // The VPN between a shoot's control plane and its nodes: its seed end in the shoot's namespace (a StatefulSet when highly available),
  // vpn-shoot in the shoot's own kube-system.
  c({ id: 'gardener-vpn', names: ['vpn-seed-server', 'vpn-shoot'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/gardener/vpn2#readme' }),
  c({ id: 'gardener-event-logger', names: ['event-logger'], kind: 'Deployment', category: 'monitoring', namespaces: [], onlyInNamespaces: true, namespacePrefixes: [SHOOT_NAMESPACE], docs: GARDENER_LOGGING }),
  c({ id: 'gardener-vali', names: ['vali'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['garden'], onlyInNamespaces: true, namespacePrefixes: [SHOOT_NAMESPACE], docs: GARDENER_LOGGING }),
  c({ id: 'gardener-plutono', names: ['plutono'], kind: 'Deployment', category: 'dashboard', namespaces: ['garden'], docs: 'https://gardener.cloud/docs/gardener/monitoring-stack/' }),
  // cert-manager's ACME HTTP-01 solver: one bare pod per challenge, cm-acme-http-solver-<5>, gone once the certificate is issued.
  c({ id: 'cert-manager-acme-solver', names: ['cm-acme-http-solver'], kind: 'Pod', category: 'security', namespaces: [], docs: 'https://cert-manager.io/docs/configuration/acme/http01/' }),
  // AKS add-ons (kube-system): Azure Monitor's managed Prometheus, Workload Identity, Retina, Azure Policy, the Key Vault
  // secrets store, cost analysis.
  c({ id: 'ama-metrics', names: ['ama-metrics', 'ama-metrics-ksm', 'ama-metrics-operator-targets'], kind: 'Deployment', category: 'monitoring', docs: 'https://learn.microsoft.com/en-us/azure/azure-monitor/containers/prometheus-metrics-troubleshoot' }),
  c({ id: 'ama-metrics-node', names: ['ama-metrics-node', 'ama-metrics-node-s', 'ama-metrics-win-node'], kind: 'DaemonSet', category: 'monitoring', docs: 'https://learn.microsoft.com/en-us/azure/azure-monitor/containers/prometheus-metrics-troubleshoot' }),
  c({ id: 'azure-workload-identity-webhook', names: ['azure-wi-webhook-controller-manager'], kind: 'Deployment', category: 'security', docs: 'https://learn.microsoft.com/en-us/azure/aks/workload-identity-overview' }),
  c({ id: 'retina-agent', kind: 'DaemonSet', category: 'monitoring', docs: 'https://github.com/microsoft/retina#readme' }),
  c({ id: 'azure-policy', names: ['azure-policy', 'azure-policy-webhook'], kind: 'Deployment', category: 'security', docs: 'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/policy-for-kubernetes' }),
  // AKS's add-on runs aks-secrets-store-csi-driver and, for Windows nodes, aks-secrets-store-csi-driver-windows: every name after
  // that beginning is the add-on's, so its pods still read with their suffixes redacted (-A, -B: hunt bx/11).
  c({ id: 'secrets-store-csi-driver', names: ['secrets-store-csi-driver', 'aks-secrets-store-csi-driver', 'csi-secrets-store'], prefixes: ['aks-secrets-store-csi-driver-'], kind: 'DaemonSet', category: 'security', docs: 'https://secrets-store-csi-driver.sigs.k8s.io/' }),
  c({ id: 'secrets-store-provider-azure', names: ['aks-secrets-store-provider-azure', 'csi-secrets-store-provider-azure'], kind: 'DaemonSet', category: 'security', docs: 'https://learn.microsoft.com/en-us/azure/aks/csi-secrets-store-driver' }),
  c({ id: 'cost-analysis-agent', kind: 'Deployment', category: 'monitoring', docs: 'https://learn.microsoft.com/en-us/azure/aks/cost-analysis' }),
  // The Vertical Pod Autoscaler (its own install, and AKS's managed one), in kube-system.
  // The Fairwinds chart names them <release>-vpa-recommender and so on (vertical-pod-autoscaler-vpa-recommender, Goldilocks's
  // goldilocks-vpa-recommender; hunt az/09); OpenShift's VPA operator runs them for its default VerticalPodAutoscalerController as
  // vpa-recommender-default, vpa-updater-default and vpa-admission-plugin-default (hunt az/22).
  c({ id: 'vpa', names: ['vpa-recommender', 'vpa-updater', 'vpa-admission-controller', 'vpa-recommender-default', 'vpa-updater-default', 'vpa-admission-plugin-default'], suffixes: ['-vpa-recommender', '-vpa-updater', '-vpa-admission-controller'], kind: 'Deployment', category: 'addon', docs: 'https://github.com/kubernetes/autoscaler/tree/master/vertical-pod-autoscaler#readme' }),
  c({ id: 'vpa-operator', names: ['vertical-pod-autoscaler-operator'], kind: 'Deployment', category: 'addon', namespaces: ['openshift-vertical-pod-autoscaler'], docs: 'https://docs.openshift.com/container-platform/4.14/nodes/pods/nodes-pods-vertical-autoscaler.html' }),
  // The Fairwinds VPA chart's pre-install hook that makes the admission controller's certificate: <fullname>-certgen (release vpa:
  // vpa-certgen), -admission-certgen-create and -patch in its later releases. Jobs: Completed is their end.
  c({ id: 'vpa-certgen', names: ['vpa-certgen', 'vpa-admission-certgen-create', 'vpa-admission-certgen-patch'], suffixes: ['-vpa-certgen', '-vpa-admission-certgen-create', '-vpa-admission-certgen-patch'], kind: 'Job', category: 'addon', namespaces: ['vpa', 'kube-system'], docs: 'https://github.com/FairwindsOps/charts/tree/master/stable/vpa' }),
  // Flux v2 (flux-system): generic names, so only there; AKS's and Azure Arc's GitOps extension adds its fluxconfig agents. Mirantis
  // HMC (hmc-system) and k0rdent (kcm-system) install its source and helm controllers into their own namespace.
  c({ id: 'flux', names: ['source-controller', 'kustomize-controller', 'helm-controller', 'notification-controller', 'image-reflector-controller', 'image-automation-controller', 'fluxconfig-agent', 'fluxconfig-controller'], kind: 'Deployment', category: 'gitops', namespaces: ['flux-system', 'hmc-system', 'kcm-system'], onlyInNamespaces: true, docs: 'https://fluxcd.io/flux/components/' }),
  // ControlPlane's Flux Operator (flux-system), which installs and upgrades Flux from a FluxInstance (the onedr0p cluster-template's way
  // since 2024), and Weave GitOps, a web UI for Flux: its chart names it <release>-weave-gitops (weave-gitops under a release holding it).
  c({ id: 'flux-operator', kind: 'Deployment', category: 'gitops', namespaces: ['flux-system'], docs: 'https://fluxcd.control-plane.io/operator/' }),
  c({ id: 'weave-gitops', suffixes: ['-weave-gitops'], kind: 'Deployment', category: 'dashboard', namespaces: ['flux-system'], docs: 'https://github.com/weaveworks/weave-gitops#readme' }),
  // EKS: the AWS Load Balancer Controller (v1, before its 2020 rename: alb-ingress-controller), Karpenter, the CloudWatch Observability add-on's operator, AWS Controllers for Kubernetes.
  c({ id: 'aws-load-balancer-controller', names: ['aws-load-balancer-controller', 'alb-ingress-controller'], kind: 'Deployment', category: 'load-balancer', docs: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/' }),
  c({ id: 'karpenter', kind: 'Deployment', category: 'addon', namespaces: ['karpenter', 'kube-system'], docs: 'https://karpenter.sh/docs/concepts/' }),
  c({ id: 'amazon-cloudwatch-observability', names: ['amazon-cloudwatch-observability-controller-manager'], kind: 'Deployment', category: 'monitoring', namespaces: ['amazon-cloudwatch'], docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/install-CloudWatch-Observability-EKS-addon.html' }),
  c({ id: 'ack-controller', names: [], prefixes: ['ack-'], kind: 'Deployment', category: 'addon', namespaces: ['ack-system'], onlyInNamespaces: true, docs: 'https://aws-controllers-k8s.github.io/community/docs/community/overview/' }),
  // GKE (Autopilot, Dataplane V2): the egress NAT policy controller.
  c({ id: 'egress-nat-controller', kind: 'Deployment', category: 'addon', docs: 'https://cloud.google.com/kubernetes-engine/docs/how-to/egress-nat-policy-ip-masq-autopilot' }),
  // Rancher's system-upgrade-controller (k3s and RKE2 upgrades through Plans).
  c({ id: 'system-upgrade-controller', kind: 'Deployment', category: 'addon', namespaces: ['system-upgrade', 'cattle-system'], docs: 'https://github.com/rancher/system-upgrade-controller#readme' }),
  // Its Jobs, one per Plan and node: apply-<plan>-on-<node>-with-<hash>, cut to 63 characters (the owner stage reads them anywhere).
  // A prefix this plain counts only where it runs them: its own manifest's namespace, Rancher's (system-agent upgrades), k3OS's.
  c({ id: 'system-upgrade-job', names: [], prefixes: ['apply-'], kind: 'Job', category: 'addon', namespaces: ['system-upgrade', 'cattle-system', 'k3os-system'], onlyInNamespaces: true, docs: 'https://docs.k3s.io/upgrades/automated' }),
  // Carvel's kapp-controller: installs packages (PackageInstalls, Apps) from package repositories; Tanzu (TKG, TCE) installs all of its
  // packages with it, the CNI included. In kapp-controller upstream, tkg-system in Tanzu clusters.
  c({ id: 'kapp-controller', kind: 'Deployment', category: 'addon', namespaces: ['kapp-controller', 'tkg-system'], docs: 'https://carvel.dev/kapp-controller/docs/latest/' }),
  // Approvers of kubelet serving certificates (Kubernetes leaves those requests unapproved): Talos and kubeadm homelabs run one.
  c({ id: 'kubelet-csr-approver', names: ['kubelet-csr-approver', 'kubelet-serving-cert-approver'], kind: 'Deployment', category: 'security', namespaces: ['kube-system', 'kubelet-serving-cert-approver'], docs: 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation' }),
  // Kubespray's local API server balancer on every node that runs no API server: nginx-proxy-<node> (or haproxy-<node>).
  // Sealos's lvscare: a static pod per node (kube-sealos-lvscare-<node>, Sealos 3's kube-sealyun-lvscare-<node>) balancing the API servers behind a virtual IP with IPVS.
  c({ id: 'sealos-lvscare', names: ['kube-sealos-lvscare', 'kube-sealyun-lvscare'], kind: 'StaticPod', category: 'load-balancer', hostNetwork: true, docs: 'https://github.com/labring/lvscare#readme' }),
  c({ id: 'nginx-proxy', names: ['nginx-proxy'], generic: ['nginx-proxy'], onlyInNamespaces: true, kind: 'StaticPod', category: 'load-balancer', hostNetwork: true, docs: 'https://github.com/kubernetes-sigs/kubespray/blob/master/docs/operations/ha-mode.md' }),
  // MetalK8s (Scality's distribution; kube-system): static pods its Salt states write on the nodes, on the host network: apiserver-proxy
  // on every node (NGINX in front of the API servers), and on the bootstrap node salt-master and repositories (the package and image
  // repositories the nodes install from). Generic names: only in kube-system. Its control-plane ingress controller in
  // metalk8s-ingress has a name of its own.
  c({ id: 'metalk8s-apiserver-proxy', names: ['apiserver-proxy'], kind: 'StaticPod', category: 'load-balancer', hostNetwork: true, onlyInNamespaces: true, docs: 'https://metal-k8s.readthedocs.io/en/latest/' }),
  c({ id: 'metalk8s-bootstrap', names: ['salt-master', 'repositories'], kind: 'StaticPod', category: 'addon', hostNetwork: true, onlyInNamespaces: true, docs: 'https://metal-k8s.readthedocs.io/en/latest/' }),
  c({ id: 'metalk8s-control-plane-ingress', names: ['nginx-ingress-control-plane-controller'], kind: 'DaemonSet', category: 'ingress', namespaces: ['metalk8s-ingress'], docs: 'https://metal-k8s.readthedocs.io/en/latest/' }),
  // Istio's ambient mode: ztunnel, the per-node L4 proxy (in the pods' network, not the host's).
  c({ id: 'ztunnel', kind: 'DaemonSet', category: 'addon', namespaces: ['istio-system'], docs: 'https://istio.io/latest/docs/ambient/architecture/data-plane/' }),
  // Cilium's other parts: node preparation, ClusterMesh's API server, Tetragon (eBPF security observability).
  c({ id: 'cilium-node-init', kind: 'DaemonSet', category: 'cni', provides: 'cilium', hostNetwork: true, guide: 'components/cni/', docs: 'https://docs.cilium.io/en/stable/helm-reference/' }),
  c({ id: 'clustermesh-apiserver', kind: 'Deployment', category: 'cni', provides: 'cilium', guide: 'components/cni/', docs: 'https://docs.cilium.io/en/stable/network/clustermesh/' }),
  // Cilium's managed kvstore (Cilium 1.3-1.9, etcd.managed): cilium-etcd-operator runs an etcd-operator whose EtcdCluster cilium-etcd
  // makes the members as pods of its own, cilium-etcd-<10 random characters>, with no workload between. No owner kind names an
  // EtcdCluster: kind StatefulSet leaves the owner stage's Pod? guess for them (a kind Pod would call them bare pods for sure).
  c({ id: 'cilium-etcd-operator', kind: 'Deployment', category: 'cni', provides: 'cilium', guide: 'components/cni/', docs: 'https://docs.cilium.io/en/v1.9/gettingstarted/k8s-install-etcd-operator/' }),
  c({ id: 'cilium-etcd', names: [], prefixes: ['cilium-etcd-'], kind: 'StatefulSet', category: 'cni', provides: 'cilium', guide: 'components/cni/', docs: 'https://docs.cilium.io/en/v1.9/gettingstarted/k8s-install-etcd-operator/' }),
  c({ id: 'tetragon', names: ['tetragon', 'tetragon-operator'], kind: 'DaemonSet', category: 'security', docs: 'https://tetragon.io/docs/overview/' }),
  // KubeArmor (kube-system in its older manifests, kubearmor under its operator): the enforcer on every node (kubearmor; the operator
  // names a DaemonSet per enforcer, runtime and config, kubearmor-bpf-containerd-98c2c), and its relay, policy managers, controller
  // and operator.
  c({ id: 'kubearmor', prefixes: ['kubearmor-bpf-', 'kubearmor-apparmor-', 'kubearmor-selinux-', 'kubearmor-none-'], kind: 'DaemonSet', category: 'security', namespaces: ['kubearmor', 'kube-system'], docs: 'https://docs.kubearmor.io/kubearmor/' }),
  c({ id: 'kubearmor-control', names: ['kubearmor-relay', 'kubearmor-controller', 'kubearmor-operator', 'kubearmor-policy-manager', 'kubearmor-host-policy-manager', 'kubearmor-annotation-manager'], kind: 'Deployment', category: 'security', namespaces: ['kubearmor', 'kube-system'], docs: 'https://docs.kubearmor.io/kubearmor/' }),
  // Calico 3.30's flow logs: goldmane aggregates them, whisker shows them (calico-system).
  c({ id: 'calico-goldmane', names: ['goldmane'], kind: 'Deployment', category: 'monitoring', namespaces: ['calico-system'], onlyInNamespaces: true, docs: 'https://docs.tigera.io/calico/latest/observability/' }),
  c({ id: 'calico-whisker', names: ['whisker'], kind: 'Deployment', category: 'dashboard', namespaces: ['calico-system'], onlyInNamespaces: true, docs: 'https://docs.tigera.io/calico/latest/observability/' }),
  // The GPU Operator's other operands, and Node Feature Discovery, which it (and other device operators) install.
  c({ id: 'nvidia-mig-manager', kind: 'DaemonSet', category: 'addon', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/gpu-operator-mig.html' }),
  c({ id: 'nvidia-dcgm', kind: 'DaemonSet', category: 'monitoring', namespaces: ['gpu-operator', 'nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  c({ id: 'nvidia-node-status-exporter', kind: 'DaemonSet', category: 'monitoring', namespaces: ['nvidia-gpu-operator'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/openshift/latest/index.html' }),
  // Its chart with nameOverride nfd (Intel's GPU chart, hunt ae/26) names them <release>-nfd-master, -nfd-worker and -nfd-gc.
  c({ id: 'nfd-master', names: ['nfd-master', 'node-feature-discovery-master'], suffixes: ['-node-feature-discovery-master', '-nfd-master'], kind: 'Deployment', category: 'addon', docs: 'https://kubernetes-sigs.github.io/node-feature-discovery/stable/get-started/introduction.html' }),
  // NFD's garbage collector (v0.14+, its own Deployment): removes the NodeFeature objects of nodes that are gone; labels nothing (hunt bc/04).
  c({ id: 'nfd-gc', names: ['nfd-gc', 'node-feature-discovery-gc'], suffixes: ['-node-feature-discovery-gc', '-nfd-gc'], kind: 'Deployment', category: 'addon', docs: 'https://kubernetes-sigs.github.io/node-feature-discovery/stable/get-started/introduction.html' }),
  // The NFD Operator (OpenShift's from OperatorHub in openshift-nfd; upstream node-feature-discovery-operator the same): runs NFD's
  // master and workers for a NodeFeatureDiscovery resource. NVIDIA's GPU Operator needs it on OpenShift.
  c({ id: 'nfd-operator', names: ['nfd-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['openshift-nfd', 'node-feature-discovery-operator'], docs: 'https://docs.openshift.com/container-platform/4.14/hardware_enablement/psap-node-feature-discovery-operator.html' }),
  c({ id: 'nfd-worker', names: ['nfd-worker', 'node-feature-discovery-worker'], suffixes: ['-node-feature-discovery-worker', '-nfd-worker'], kind: 'DaemonSet', category: 'addon', docs: 'https://kubernetes-sigs.github.io/node-feature-discovery/stable/get-started/introduction.html' }),
  // Cluster API: the core controller and its bootstrap, control-plane and infrastructure providers, each in its own namespace
  // (capk: KubeVirt's provider, and Kubemark's under the same name; capm3 Metal3, capdo DigitalOcean, capoci Oracle, capx Nutanix,
  // capc CloudStack, capt Tinkerbell, capl Linode; caps Sidero Metal's, in sidero-system beside its controller (sidero-metal), their
  // webhooks in capi-webhook-system up to v1alpha3; capmaas Spectro Cloud's MAAS provider, in capmaas-system: hunt bx/08;
  // etcdadm's bootstrap provider and external-etcd controller, which EKS Anywhere installs for clusters with their own etcd: eo/04).
  // CAPRKE2, the RKE2 providers, call theirs rke2-bootstrap- and rke2-control-plane-controller-manager, each in its own
  // rke2-*-system (dh/02); caphv, Harvester's infrastructure provider, runs in caphv-system.
  // v1alpha1 (2018-2019) ran the core and each provider as a StatefulSet, <name>-controller-manager in <name>-system (cluster-api,
  // aws-provider, azure-provider, vsphere-provider: CAPV's troubleshooting doc, hunt bv/13).
  c({ id: 'cluster-api', names: ['capi-controller-manager', 'cluster-api-controller-manager', 'aws-provider-controller-manager', 'azure-provider-controller-manager', 'vsphere-provider-controller-manager', 'capmaas-controller-manager', 'capi-kubeadm-bootstrap-controller-manager', 'capi-kubeadm-control-plane-controller-manager', 'capa-controller-manager', 'capz-controller-manager', 'capv-controller-manager', 'capd-controller-manager', 'capg-controller-manager', 'capo-controller-manager', 'caph-controller-manager', 'cabpt-controller-manager', 'cacppt-controller-manager', 'capk-controller-manager', 'capm3-controller-manager', 'capdo-controller-manager', 'capoci-controller-manager', 'capx-controller-manager', 'capc-controller-manager', 'capt-controller-manager', 'capl-controller-manager', 'caps-controller-manager', 'cabpck-bootstrap-controller-manager', 'cacpck-controller-manager', 'rke2-bootstrap-controller-manager', 'rke2-control-plane-controller-manager', 'caphv-controller-manager', 'etcdadm-bootstrap-provider-controller-manager', 'etcdadm-controller-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['capi-system', 'etcdadm-bootstrap-provider-system', 'etcdadm-controller-system', 'rke2-bootstrap-system', 'rke2-control-plane-system', 'caphv-system', 'capi-kubeadm-bootstrap-system', 'capi-kubeadm-control-plane-system', 'capk-system', 'sidero-system', 'cabpck-system', 'cacpck-system', 'capmaas-system', 'cluster-api-system', 'aws-provider-system', 'azure-provider-system', 'vsphere-provider-system'], docs: 'https://cluster-api.sigs.k8s.io/user/concepts' }),
  // Sidero Metal's own controller (sidero-system, beside caps-controller-manager, its Cluster API provider): on the host network
  // with host ports for TFTP, iPXE over HTTP, its DHCP proxy and SideroLink, so at most one per node, and on a one-node cluster
  // a rolling update's new pod waits for the old one to go (eo/06, eo/13).
  c({ id: 'sidero-metal', names: ['sidero-controller-manager'], kind: 'Deployment', category: 'addon', hostNetwork: true, namespaces: ['sidero-system'], docs: 'https://www.sidero.dev/' }),
  // Canonical Kubernetes' Cluster API providers (canonical/cluster-api-k8s; hunt aj/22): cabpck bootstraps its nodes, cacpck runs its
  // control planes (in the names above). Each workload cluster then runs k8sd-proxy, a DaemonSet in kube-system, through which the
  // providers reach k8sd, the daemon that manages Kubernetes on each node.
  c({ id: 'k8sd-proxy', kind: 'DaemonSet', category: 'addon', docs: 'https://github.com/canonical/cluster-api-k8s#readme' }),
  // Metal3's IP Address Manager, CAPM3's IPAM (metal3-io/ip-address-manager): a generic name, only in capm3-system beside CAPM3 (hunt aj/22).
  c({ id: 'metal3-ipam', names: ['ipam-controller-manager'], generic: ['ipam-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['capm3-system'], onlyInNamespaces: true, docs: 'https://github.com/metal3-io/ip-address-manager#readme' }),
  // Metal3's Bare Metal Operator (hunt ad/12): provisions bare-metal hosts (BareMetalHost) through Ironic for Cluster API's Metal3 provider
  // (CAPM3) and Airship; baremetal-operator-controller-manager in baremetal-operator-system from its kustomize manifests, metal3-baremetal-operator before.
  c({ id: 'baremetal-operator', names: ['baremetal-operator-controller-manager', 'metal3-baremetal-operator'], kind: 'Deployment', category: 'addon', namespaces: ['baremetal-operator-system', 'metal3', 'metal3-system'], docs: 'https://book.metal3.io/bmo/introduction' }),
  // Ironic, which the Bare Metal Operator drives: `ironic` beside BMO from its kustomize manifests and IrSO (eo/02), BMO's
  // deploy.sh's baremetal-operator-ironic, metal3-dev-env's metal3-ironic, the metal3 chart's <release>-metal3-ironic (SUSE Edge,
  // eo/03). `ironic` alone counts only beside BMO: openstack-helm's Ironic is OpenStack's own service.
  c({ id: 'metal3-ironic', names: ['ironic', 'metal3-ironic', 'baremetal-operator-ironic'], generic: ['ironic'], suffixes: ['-metal3-ironic'], patternsAnywhere: true, kind: 'Deployment', category: 'addon', namespaces: ['baremetal-operator-system', 'metal3-system', 'metal3'], onlyInNamespaces: true, docs: 'https://book.metal3.io/ironic/introduction' }),
  // The metal3 chart's MariaDB for Ironic (<release>-metal3-mariadb, eo/03); Ironic without it keeps its state in SQLite.
  c({ id: 'metal3-mariadb', names: ['metal3-mariadb'], suffixes: ['-metal3-mariadb'], kind: 'Deployment', category: 'addon', namespaces: ['metal3-system'], docs: 'https://book.metal3.io/ironic/introduction' }),
  // Tinkerbell, bare-metal provisioning in parts (eo/01, eo/04, eo/05, eo/12): its stack chart's namespace is tink-system, EKS
  // Anywhere's bare-metal provider runs the same pods in eksa-system. boots was renamed smee; both names, and rufio's short
  // one, are common words, so they count only in those namespaces. tink-controller-manager is EKS Anywhere's name for tink-controller.
  c({ id: 'tinkerbell-smee', names: ['smee', 'boots'], generic: ['smee', 'boots'], kind: 'Deployment', category: 'addon', namespaces: ['tink-system', 'eksa-system', 'tinkerbell'], onlyInNamespaces: true, docs: 'https://github.com/tinkerbell/smee#readme' }),
  c({ id: 'tinkerbell-hegel', names: ['hegel'], kind: 'Deployment', category: 'addon', namespaces: ['tink-system', 'eksa-system', 'tinkerbell'], docs: 'https://github.com/tinkerbell/hegel#readme' }),
  c({ id: 'tink-server', kind: 'Deployment', category: 'addon', namespaces: ['tink-system', 'eksa-system', 'tinkerbell'], docs: 'https://github.com/tinkerbell/tink#readme' }),
  c({ id: 'tink-controller', names: ['tink-controller', 'tink-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['tink-system', 'eksa-system', 'tinkerbell'], docs: 'https://github.com/tinkerbell/tink#readme' }),
  c({ id: 'tinkerbell-rufio', names: ['rufio', 'rufio-controller-manager'], generic: ['rufio'], kind: 'Deployment', category: 'addon', namespaces: ['tink-system', 'eksa-system', 'tinkerbell', 'rufio-system'], onlyInNamespaces: true, docs: 'https://github.com/tinkerbell/rufio#readme' }),
  // The stack chart's own front (tink-stack): nginx that serves HookOS's kernel and initramfs and proxies to the services behind one IP.
  c({ id: 'tink-stack', kind: 'Deployment', category: 'addon', namespaces: ['tink-system'], docs: 'https://github.com/tinkerbell/charts/tree/main/tinkerbell/stack' }),
  // EKS Anywhere's own controller (its Cluster resources into Cluster API's) and its curated packages controller.
  c({ id: 'eksa-controller-manager', kind: 'Deployment', category: 'addon', namespaces: ['eksa-system'], docs: 'https://github.com/aws/eks-anywhere#readme' }),
  c({ id: 'eks-anywhere-packages', kind: 'Deployment', category: 'addon', namespaces: ['eksa-packages'], docs: 'https://github.com/aws/eks-anywhere-packages#readme' }),
  // Cluster API's IPAM providers: caip-in-cluster- and caip-infoblox- as their own manifests name them, capi-ipam-<provider>- in
  // k0rdent's charts.
  c({ id: 'cluster-api-ipam', names: ['caip-in-cluster-controller-manager', 'caip-infoblox-controller-manager', 'capi-ipam-in-cluster-controller-manager', 'capi-ipam-infoblox-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['caip-in-cluster-system', 'caip-infoblox-system'], docs: 'https://github.com/kubernetes-sigs/cluster-api-ipam-provider-in-cluster#readme' }),
  // k0smotron (namespace k0smotron): its controller runs k0s control planes as pods of this cluster; as Cluster API's bootstrap,
  // control-plane and infrastructure providers it runs one Deployment each (k0rdent and Mirantis HMC install them in their own namespace).
  c({ id: 'k0smotron', names: ['k0smotron-controller-manager', 'k0smotron-controller-manager-bootstrap', 'k0smotron-controller-manager-control-plane', 'k0smotron-controller-manager-infrastructure'], kind: 'Deployment', category: 'addon', namespaces: ['k0smotron'], docs: 'https://docs.k0smotron.io/stable/' }),
  // k0rdent (Mirantis; kcm-system): its Cluster Manager's controller, kcm-controller-manager (hunt ay/20).
  c({ id: 'k0rdent', names: ['kcm-controller-manager', 'hmc-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['kcm-system', 'hmc-system'], docs: 'https://docs.k0rdent.io/' }),
  // The Cluster API Operator: installs and upgrades Cluster API's providers from CoreProvider, InfrastructureProvider... resources;
  // capi-operator-cluster-api-operator from its chart, kcm-cluster-api-operator in k0rdent.
  c({ id: 'cluster-api-operator', names: ['capi-operator-cluster-api-operator'], suffixes: ['-cluster-api-operator'], kind: 'Deployment', category: 'addon', namespaces: ['capi-operator-system'], docs: 'https://cluster-api-operator.sigs.k8s.io/' }),
  // Kamaji (kamaji-system): the operator runs each TenantControlPlane as a Deployment of its own (named after it, so unread), and keeps
  // their data in a shared datastore, the kamaji-etcd chart's StatefulSet by default. Its chart names the operator <release>-kamaji,
  // or the release where that holds "kamaji"; its kustomize manifests kamaji-controller-manager.
  c({ id: 'kamaji', names: ['kamaji', 'kamaji-controller-manager'], suffixes: ['-kamaji'], kind: 'Deployment', category: 'addon', namespaces: ['kamaji-system'], docs: 'https://kamaji.clastix.io/' }),
  c({ id: 'kamaji-etcd', suffixes: ['-kamaji-etcd'], kind: 'StatefulSet', category: 'control-plane', namespaces: ['kamaji-system'], guide: 'components/etcd/', docs: 'https://github.com/clastix/kamaji-etcd#readme' }),
  // Project Sveltos: its controllers must run in projectsveltos, and their names are generic, so only there. register-mgmt-cluster
  // registers this cluster with Sveltos once (a Job: Completed is its end).
  c({ id: 'sveltos', names: ['addon-controller', 'access-manager', 'classifier-manager', 'conversion-webhook', 'event-manager', 'hc-manager', 'sc-manager', 'shard-controller', 'sveltos-agent-manager', 'drift-detection-manager'], generic: ['addon-controller', 'access-manager', 'classifier-manager', 'conversion-webhook', 'event-manager', 'hc-manager', 'sc-manager', 'shard-controller', 'drift-detection-manager'], kind: 'Deployment', category: 'gitops', namespaces: ['projectsveltos'], onlyInNamespaces: true, docs: 'https://projectsveltos.github.io/sveltos/' }),
  c({ id: 'sveltos-register-mgmt-cluster', names: ['register-mgmt-cluster-job'], kind: 'Job', category: 'gitops', namespaces: ['projectsveltos'], onlyInNamespaces: true, docs: 'https://projectsveltos.github.io/sveltos/' }),
  // Azure Service Operator (v2: azureserviceoperator-system; v1, retired, azureoperator-system).
  c({ id: 'azure-service-operator', names: ['azureserviceoperator-controller-manager', 'azureoperator-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['azureserviceoperator-system', 'azureoperator-system'], docs: 'https://azure.github.io/azure-service-operator/' }),
  // VMware Avi's Kubernetes operator (AKO): programs the Avi load balancer for this cluster's LoadBalancer Services and Ingresses; a
  // StatefulSet ako in avi-system (a generic name: only there). Tanzu's AKO Operator installs it into the clusters it manages.
  c({ id: 'ako', names: ['ako'], generic: ['ako'], kind: 'StatefulSet', category: 'load-balancer', namespaces: ['avi-system'], onlyInNamespaces: true, docs: 'https://github.com/vmware/load-balancer-and-ingress-services-for-kubernetes#readme' }),
  c({ id: 'ako-operator', names: ['ako-operator-controller-manager'], kind: 'Deployment', category: 'load-balancer', namespaces: ['tkg-system-networking'], docs: 'https://github.com/vmware-tanzu/load-balancer-operator-for-kubernetes#readme' }),
  // KubeVela: vela-core (kubevela-vela-core from its chart released as kubevela, vela-core in oam-system before 0.3) and its
  // multi-cluster gateway, <release>-vela-core and <release>-cluster-gateway under another release (Pulumi's kubevela-e2d2525d:
  // hunt bk/18); -cluster-gateway is a common ending, so only in vela-system. VelaUX, its web UI add-on.
  c({ id: 'kubevela-core', names: ['kubevela-vela-core', 'vela-core'], suffixes: ['-vela-core'], kind: 'Deployment', category: 'addon', namespaces: ['vela-system', 'oam-system'], docs: 'https://kubevela.io/docs/installation/kubernetes/' }),
  // The OAM runtime KubeVela grew out of (crossplane/oam-kubernetes-runtime; oam-system, or verrazzano-system under Verrazzano).
  c({ id: 'oam-kubernetes-runtime', kind: 'Deployment', category: 'addon', namespaces: ['oam-system', 'verrazzano-system'], docs: 'https://github.com/crossplane/oam-kubernetes-runtime#readme' }),
  // Oracle Verrazzano's platform in verrazzano-system (its platform operator in verrazzano-install; hunt cc/11): the operators that
  // install it and deploy its applications, the auth proxy in front of its consoles, and the console. Its monitoring instance's parts
  // (vmi-system-grafana, vmi-system-kiali) are Grafana's and Kiali's; the WebLogic and Coherence operators it installs have their own.
  c({ id: 'verrazzano', names: ['verrazzano-platform-operator', 'verrazzano-platform-operator-webhook', 'verrazzano-operator', 'verrazzano-application-operator', 'verrazzano-application-operator-webhook', 'verrazzano-cluster-operator', 'verrazzano-cluster-operator-webhook', 'verrazzano-monitoring-operator', 'verrazzano-authproxy', 'verrazzano-console'], kind: 'Deployment', category: 'addon', namespaces: ['verrazzano-system', 'verrazzano-install'], docs: 'https://verrazzano.io/latest/docs/' }),
  c({ id: 'weblogic-operator', kind: 'Deployment', category: 'addon', namespaces: ['weblogic-operator', 'verrazzano-system'], docs: 'https://oracle.github.io/weblogic-kubernetes-operator/' }),
  // Its introspection Job, DOMAIN_UID-introspector in the domain's namespace (the docs' sample-domain1-introspector-v2l7k):
  // a <name>-<5> pod that runs to its end, no DaemonSet's (hunt ch/12).
  c({ id: 'weblogic-introspector', suffixes: ['-introspector'], kind: 'Job', category: 'addon', namespaces: [], docs: 'https://oracle.github.io/weblogic-kubernetes-operator/managing-domains/domain-lifecycle/introspection/' }),
  c({ id: 'coherence-operator', kind: 'Deployment', category: 'addon', namespaces: ['coherence', 'verrazzano-system'], docs: 'https://docs.coherence.community/coherence-operator/docs/latest/' }),
  // KubeBlocks (ApeCloud's database operator, in kb-system; hunt cc/20): its operator, its data protection controller, and the webhook
  // adaptor its monitoring add-on puts between Alertmanager and chat tools. Its other add-ons are kb-addon-<chart>: Grafana's, Prometheus's.
  c({ id: 'kubeblocks', names: ['kubeblocks', 'kubeblocks-dataprotection'], kind: 'Deployment', category: 'addon', namespaces: ['kb-system'], docs: 'https://kubeblocks.io/docs/preview/user_docs/overview/introduction' }),
  c({ id: 'kubeblocks-alertmanager-webhook-adaptor', names: ['kb-addon-alertmanager-webhook-adaptor', 'alertmanager-webhook-adaptor'], kind: 'Deployment', category: 'monitoring', namespaces: ['kb-system'], docs: 'https://github.com/apecloud/alertmanager-webhook-adaptor#readme' }),
  // Pinniped, Tanzu's identity service (hunts cc/31, cc/32): the Supervisor (an OIDC issuer in front of the company's identity provider)
  // and the Concierge (lets each cluster's API server take its tokens), named pinniped-<part> by its manifests and TKG; Bitnami's chart
  // names them <fullname>-supervisor and <fullname>-concierge (pinniped-concierge-concierge for release pinniped-concierge). The
  // Concierge's kube-cert-agent (pinniped-concierge-kube-cert-agent) is the Concierge's. TKG's pinniped package ends with a Job that
  // configures them, pinniped-post-deploy-job (Completed is its normal end).
  c({ id: 'pinniped-supervisor', names: ['pinniped-supervisor', 'pinniped-supervisor-supervisor'], suffixes: ['-pinniped-supervisor'], kind: 'Deployment', category: 'security', namespaces: ['pinniped-supervisor'], docs: 'https://pinniped.dev/docs/background/architecture/' }),
  c({ id: 'pinniped-concierge', names: ['pinniped-concierge', 'pinniped-concierge-concierge'], prefixes: ['pinniped-concierge-'], suffixes: ['-pinniped-concierge'], kind: 'Deployment', category: 'security', namespaces: ['pinniped-concierge'], docs: 'https://pinniped.dev/docs/background/architecture/' }),
  c({ id: 'pinniped-post-deploy', names: ['pinniped-post-deploy-job'], kind: 'Job', category: 'security', namespaces: ['pinniped-supervisor', 'pinniped-concierge'], docs: 'https://github.com/vmware-tanzu/community-edition/tree/main/addons/packages/pinniped' }),
  c({ id: 'kubevela-cluster-gateway', names: ['kubevela-cluster-gateway', 'cluster-gateway'], generic: ['cluster-gateway'], suffixes: ['-cluster-gateway'], kind: 'Deployment', category: 'addon', namespaces: ['vela-system'], onlyInNamespaces: true, docs: 'https://kubevela.io/docs/installation/kubernetes/' }),
  c({ id: 'velaux', names: ['velaux', 'velaux-server'], kind: 'Deployment', category: 'dashboard', namespaces: ['vela-system'], docs: 'https://kubevela.io/docs/reference/addons/velaux/' }),
  // OpenShift Hive, the operator that provisions OpenShift clusters from ClusterDeployments (ee/08): its operator deploys the
  // controllers and the admission webhook, in hive unless installed elsewhere; names its own, so anywhere.
  c({ id: 'hive', names: ['hive-operator', 'hive-controllers', 'hiveadmission'], kind: 'Deployment', category: 'addon', namespaces: ['hive'], docs: 'https://github.com/openshift/hive/blob/master/docs/architecture.md' }),
  c({ id: 'crossplane', names: ['crossplane', 'crossplane-rbac-manager'], kind: 'Deployment', category: 'addon', namespaces: ['crossplane-system', 'upbound-system'], docs: 'https://docs.crossplane.io/latest/' }),
  // Secrets: HashiCorp Vault and its injector, External Secrets, Sealed Secrets.
  // The chart names the server StatefulSet after its fullname, <release>-vault (cp-vault under release cp-vault, hunt bm/11):
  // an ending anyone's release may have, so only in vault.
  c({ id: 'vault', names: ['vault'], generic: ['vault'], suffixes: ['-vault'], kind: 'StatefulSet', category: 'security', namespaces: ['vault'], onlyInNamespaces: true, docs: 'https://developer.hashicorp.com/vault/docs/platform/k8s/helm' }),
  // The vault chart names it <fullname>-agent-injector: vault-agent-injector, <release>-vault-agent-injector.
  c({ id: 'vault-agent-injector', suffixes: ['-vault-agent-injector'], kind: 'Deployment', category: 'security', namespaces: ['vault'], docs: 'https://developer.hashicorp.com/vault/docs/platform/k8s/injector' }),
  // The chart's CSI provider (csi.enabled): a DaemonSet <fullname>-csi-provider, vault-csi-provider under release vault (ey/11),
  // which the Secrets Store CSI driver on each node asks for a pod's secrets when it mounts their volume.
  c({ id: 'vault-csi-provider', suffixes: ['-vault-csi-provider'], kind: 'DaemonSet', category: 'security', namespaces: ['vault'], docs: 'https://developer.hashicorp.com/vault/docs/platform/k8s/csi' }),
  // HashiCorp's Vault Secrets Operator: its chart names it <fullname>-controller-manager (release vault-secrets-operator:
  // vault-secrets-operator-controller-manager; release vso: vso-vault-secrets-operator-controller-manager).
  c({ id: 'vault-secrets-operator', names: ['vault-secrets-operator-controller-manager'], suffixes: ['-vault-secrets-operator-controller-manager'], kind: 'Deployment', category: 'security', namespaces: ['vault-secrets-operator-system', 'vault-secrets-operator'], docs: 'https://developer.hashicorp.com/vault/docs/platform/k8s/vso/installation' }),
  // The AWX Operator: its controller's name is fixed by the operator's kustomize base and chart, wherever it runs (es/16).
  c({ id: 'awx-operator', names: ['awx-operator-controller-manager'], suffixes: ['-awx-operator-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['awx', 'ansible-awx'], docs: 'https://ansible.readthedocs.io/projects/awx-operator/en/latest/' }),
  // bpfman (CNCF): its operator and the daemon that loads eBPF programs on each node (es/15).
  c({ id: 'bpfman-daemon', names: ['bpfman-daemon'], kind: 'DaemonSet', category: 'addon', namespaces: ['bpfman'], docs: 'https://bpfman.io/main/getting-started/operator-quick-start/' }),
  c({ id: 'bpfman-operator', names: ['bpfman-operator'], kind: 'Deployment', category: 'addon', namespaces: ['bpfman'], docs: 'https://bpfman.io/main/getting-started/operator-quick-start/' }),
  // HashiCorp Consul's Helm chart (consul-helm, consul-k8s since): parts named <fullname>-<part>, where fullname is <release>-consul
  // (release consul: consul-consul) or global.name (often consul). The servers are a StatefulSet (<fullname>-server-0), the client
  // agents a DaemonSet of the fullname alone (<fullname>-<5>, on the pod network with host ports); the bare -consul ending is checked after
  // the longer endings. The old stable/consul chart named its server StatefulSet <release>-consul (consul-0: hunt af/11), so that ending
  // is an agent, client or server by how it runs, which the name cannot tell.
  c({ id: 'consul-server', names: ['consul-server'], suffixes: ['-consul-server'], kind: 'StatefulSet', category: 'addon', namespaces: ['consul'], docs: 'https://developer.hashicorp.com/consul/docs/k8s/helm' }),
  c({ id: 'consul-connect-injector', names: ['consul-connect-injector', 'consul-connect-injector-webhook-deployment'], suffixes: ['-consul-connect-injector', '-consul-connect-injector-webhook-deployment'], kind: 'Deployment', category: 'addon', namespaces: ['consul'], docs: 'https://developer.hashicorp.com/consul/docs/k8s/connect' }),
  c({ id: 'consul-controller', names: ['consul-controller'], suffixes: ['-consul-controller'], kind: 'Deployment', category: 'addon', namespaces: ['consul'], docs: 'https://developer.hashicorp.com/consul/docs/k8s/crds' }),
  c({ id: 'consul-gateway', names: ['consul-mesh-gateway', 'consul-ingress-gateway', 'consul-terminating-gateway'], suffixes: ['-consul-mesh-gateway', '-consul-ingress-gateway', '-consul-terminating-gateway'], kind: 'Deployment', category: 'ingress', namespaces: ['consul'], docs: 'https://developer.hashicorp.com/consul/docs/k8s/helm' }),
  c({ id: 'consul-sync-catalog', names: ['consul-sync-catalog'], suffixes: ['-consul-sync-catalog'], kind: 'Deployment', category: 'addon', namespaces: ['consul'], docs: 'https://developer.hashicorp.com/consul/docs/k8s/service-sync' }),
  c({ id: 'consul-agent', names: ['consul'], suffixes: ['-consul'], kind: 'DaemonSet', category: 'addon', namespaces: ['consul'], docs: 'https://developer.hashicorp.com/consul/docs/k8s/helm' }),
  // Its chart names the three <fullname>, <fullname>-webhook and <fullname>-cert-controller, where fullname is <release>-external-secrets
  // unless the release holds the name (eso-operator-external-secrets: hunt as/08).
  c({ id: 'external-secrets', names: ['external-secrets', 'external-secrets-webhook', 'external-secrets-cert-controller'], suffixes: ['-external-secrets', '-external-secrets-webhook', '-external-secrets-cert-controller'], kind: 'Deployment', category: 'security', namespaces: ['external-secrets'], docs: 'https://external-secrets.io/latest/' }),
  c({ id: 'sealed-secrets-controller', names: ['sealed-secrets-controller', 'sealed-secrets'], kind: 'Deployment', category: 'security', docs: 'https://github.com/bitnami-labs/sealed-secrets#readme' }),
  // Its chart names it <release>-reloader; charts set up with fullnameOverride (Flux homelab templates) name it reloader.
  c({ id: 'reloader', names: ['reloader-reloader', 'stakater-reloader', 'reloader'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/stakater/Reloader#readme' }),
  // Platform-engineering portals and tenancy. Kubeapps's chart names its parts <release>-internal-<part> beside the frontend <release>
  // (kubeapps under the usual release: vmware-tanzu/kubeapps#1043, dq/04); the parts' suffixes are its own, the bare frontend name is not.
  c({ id: 'kubeapps', names: ['kubeapps', 'kubeapps-dashboard-ui', 'kubeapps-dashboard-api', 'kubeapps-internal-apprepository-controller', 'kubeapps-internal-chartsvc', 'kubeapps-internal-assetsvc', 'kubeapps-internal-dashboard', 'kubeapps-internal-tiller-proxy', 'kubeapps-internal-kubeops', 'kubeapps-internal-kubeappsapis', 'kubeapps-internal-pinniped-proxy'], suffixes: ['-internal-apprepository-controller', '-internal-kubeappsapis', '-internal-tiller-proxy', '-internal-kubeops'], kind: 'Deployment', category: 'dashboard', namespaces: ['kubeapps'], docs: 'https://github.com/vmware-tanzu/kubeapps#readme' }),
  // Kratix's controller; the configure pipelines it runs for Promises and their resources are Jobs of their own (dq/08).
  c({ id: 'kratix', names: ['kratix-platform-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['kratix-platform-system'], docs: 'https://docs.kratix.io/main/reference/kratix-config/config' }),
  // kro (Kube Resource Orchestrator): its chart's one Deployment, named kro, in kro (up to 0.7) or kro-system; the short name is anyone's elsewhere (dq/11).
  c({ id: 'kro', names: ['kro'], kind: 'Deployment', category: 'addon', namespaces: ['kro', 'kro-system'], onlyInNamespaces: true, docs: 'https://kro.run/docs/overview' }),
  // Capsule (multi-tenancy by Tenant objects): its controller and the optional capsule-proxy that filters what tenants list.
  c({ id: 'capsule', names: ['capsule-controller-manager', 'capsule-proxy'], kind: 'Deployment', category: 'security', namespaces: ['capsule-system'], docs: 'https://projectcapsule.dev/docs/' }),
  // Observability agents and operators.
  // Splunk's collector chart bundles the operator as <release>-operator (splunk-otel-collector-operator; hunt am/18).
  c({ id: 'opentelemetry-operator', names: ['opentelemetry-operator', 'opentelemetry-operator-controller-manager', 'splunk-otel-collector-operator'], suffixes: ['-opentelemetry-operator', '-otel-operator', '-splunk-otel-collector-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['opentelemetry-operator-system'], docs: 'https://opentelemetry.io/docs/platforms/kubernetes/operator/' }),
  // What the OpenTelemetry Operator runs for an OpenTelemetryCollector <cr>: <cr>-collector, a Deployment, DaemonSet or StatefulSet by
  // its mode (Deployment by default), and its target allocator <cr>-targetallocator (hunt am/09, 13, 15). A bare -collector is anyone's;
  // a collector resource named <x>-collector, as people name them, doubles the word.
  c({ id: 'opentelemetry-collector', suffixes: ['-collector-collector'], kind: 'Deployment', category: 'monitoring', namespaces: ['opentelemetry-operator-system', 'otel-system', 'observability'], docs: 'https://opentelemetry.io/docs/platforms/kubernetes/operator/' }),
  c({ id: 'opentelemetry-targetallocator', suffixes: ['-targetallocator'], kind: 'Deployment', category: 'monitoring', namespaces: ['opentelemetry-operator-system', 'otel-system', 'observability'], docs: 'https://opentelemetry.io/docs/platforms/kubernetes/operator/target-allocator/' }),
  // The Splunk Distribution of the OpenTelemetry Collector's chart (hunt am/16-18): <fullname>-agent on each node and the
  // <fullname>-k8s-cluster-receiver Deployment; the fullname is the release when it holds the chart's name.
  c({ id: 'splunk-otel-collector-agent', names: ['splunk-otel-collector-agent'], suffixes: ['-splunk-otel-collector-agent'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['splunk-otel-collector', 'monitoring'], docs: 'https://github.com/signalfx/splunk-otel-collector-chart#readme' }),
  c({ id: 'splunk-otel-collector-cluster-receiver', suffixes: ['-k8s-cluster-receiver'], kind: 'Deployment', category: 'monitoring', namespaces: ['splunk-otel-collector', 'monitoring'], docs: 'https://github.com/signalfx/splunk-otel-collector-chart#readme' }),
  // An OpenTelemetry Collector as a node agent, whoever installs it: the opentelemetry-collector chart in daemonset mode names it
  // <fullname>-agent (<release>-opentelemetry-collector-agent; otel-collector-agent under the demo's fullnameOverride), and the
  // collector's old example manifest, and products copying it (Sourcegraph, du/16), named the DaemonSet otel-agent. After
  // Splunk's entries, whose agent ends in -otel-collector-agent too.
  c({ id: 'opentelemetry-collector-agent', names: ['otel-agent', 'otel-collector-agent', 'opentelemetry-collector-agent'], suffixes: ['-opentelemetry-collector-agent', '-otel-collector-agent'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['opentelemetry', 'otel', 'observability', 'monitoring'], docs: 'https://opentelemetry.io/docs/platforms/kubernetes/helm/collector/' }),
  // Netdata's Helm chart: a child agent per node on the host network (child.hostNetwork defaults to true) that streams its
  // metrics to one parent, and a k8s-state collector (ef/05: netdata-child-pctf4 in default, on its node's address).
  c({ id: 'netdata-child', kind: 'DaemonSet', category: 'monitoring', hostNetwork: true, namespaces: ['netdata', 'default'], docs: 'https://learn.netdata.cloud/docs/netdata-agent/installation/kubernetes' }),
  c({ id: 'netdata-parent', names: ['netdata-parent', 'netdata-k8s-state'], kind: 'Deployment', category: 'monitoring', namespaces: ['netdata', 'default'], docs: 'https://learn.netdata.cloud/docs/netdata-agent/installation/kubernetes' }),
  c({ id: 'datadog-agent', names: ['datadog-agent', 'datadog'], suffixes: ['-datadog'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['datadog'], docs: 'https://docs.datadoghq.com/containers/kubernetes/' }),
  // The chart names it <fullname>-cluster-agent: datadog-cluster-agent under release datadog, datadog-agent-cluster-agent under the
  // release Datadog's own install line uses (helm install datadog-agent datadog/datadog; hunt am/24-27). The Datadog Operator names
  // it <DatadogAgent>-cluster-agent, datadog-cluster-agent for the DatadogAgent its docs name datadog.
  c({ id: 'datadog-cluster-agent', names: ['datadog-cluster-agent', 'datadog-agent-cluster-agent'], suffixes: ['-datadog-cluster-agent', '-datadog-agent-cluster-agent'], kind: 'Deployment', category: 'monitoring', namespaces: ['datadog'], docs: 'https://docs.datadoghq.com/containers/cluster_agent/' }),
  c({ id: 'datadog-operator', names: ['datadog-operator'], suffixes: ['-datadog-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['datadog', 'datadog-operator'], docs: 'https://docs.datadoghq.com/containers/datadog_operator/' }),
  // The Dynatrace Operator and its webhook, and the older OneAgent Operator's pair (hunt am/04).
  c({ id: 'dynatrace-operator', names: ['dynatrace-operator', 'dynatrace-webhook', 'dynatrace-oneagent-operator', 'dynatrace-oneagent-webhook'], kind: 'Deployment', category: 'monitoring', namespaces: ['dynatrace'], docs: 'https://docs.dynatrace.com/docs/ingest-from/setup-on-k8s' }),
  // Its CSI driver is a DaemonSet, a pod on each node (hunt am/11, 12).
  c({ id: 'dynatrace-csi-driver', names: ['dynatrace-oneagent-csi-driver'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['dynatrace'], docs: 'https://docs.dynatrace.com/docs/ingest-from/setup-on-k8s' }),
  // What it runs for a DynaKube <dk>: the StatefulSet <dk>-activegate and the DaemonSet <dk>-oneagent; the older OneAgent Operator's
  // DaemonSet is named after its OneAgent resource, oneagent in its docs (hunt am/04, 11, 12). Both words are Dynatrace's own.
  c({ id: 'dynatrace-activegate', suffixes: ['-activegate'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['dynatrace'], docs: 'https://docs.dynatrace.com/docs/ingest-from/setup-on-k8s' }),
  c({ id: 'dynatrace-oneagent', names: ['oneagent'], suffixes: ['-oneagent'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['dynatrace'], docs: 'https://docs.dynatrace.com/docs/ingest-from/setup-on-k8s' }),
  // New Relic's Kubernetes integration (newrelic-infrastructure, in nri-bundle): the DaemonSets <release>-nrk8s-kubelet and
  // -nrk8s-controlplane, the Deployment <release>-nrk8s-ksm; before v3 one DaemonSet, newrelic-infra (hunt am/02, 07).
  c({ id: 'newrelic-infrastructure', names: ['newrelic-infra'], suffixes: ['-nrk8s-kubelet', '-newrelic-infrastructure'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['newrelic'], docs: 'https://docs.newrelic.com/docs/kubernetes-pixie/kubernetes-integration/get-started/kubernetes-components/' }),
  c({ id: 'newrelic-nrk8s-controlplane', suffixes: ['-nrk8s-controlplane'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['newrelic'], docs: 'https://docs.newrelic.com/docs/kubernetes-pixie/kubernetes-integration/get-started/kubernetes-components/' }),
  c({ id: 'newrelic-nrk8s-ksm', suffixes: ['-nrk8s-ksm'], kind: 'Deployment', category: 'monitoring', namespaces: ['newrelic'], docs: 'https://docs.newrelic.com/docs/kubernetes-pixie/kubernetes-integration/get-started/kubernetes-components/' }),
  // SigNoz (hunt am/05, 06): its chart under the release its docs use (signoz, in platform), and its k8s-infra chart's node agent and
  // cluster collector under any release. Other releases' <release>-frontend and -query-service are anyone's names.
  c({ id: 'signoz', names: ['signoz', 'signoz-query-service', 'signoz-alertmanager', 'signoz-zookeeper'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['platform', 'signoz'], docs: 'https://signoz.io/docs/install/kubernetes/' }),
  c({ id: 'signoz-collector', names: ['signoz-frontend', 'signoz-otel-collector', 'signoz-otel-collector-metrics', 'signoz-clickhouse-operator'], suffixes: ['-k8s-infra-otel-deployment'], kind: 'Deployment', category: 'monitoring', namespaces: ['platform', 'signoz'], docs: 'https://signoz.io/docs/install/kubernetes/' }),
  // The chart's schema migrator Job writes ClickHouse's tables before the collectors start (-init; -sync and -async in newer charts; fb/06).
  c({ id: 'signoz-schema-migrator', names: ['signoz-schema-migrator', 'signoz-schema-migrator-init', 'signoz-schema-migrator-sync', 'signoz-schema-migrator-async'], kind: 'Job', category: 'monitoring', namespaces: ['platform', 'signoz'], docs: 'https://signoz.io/docs/install/kubernetes/' }),
  c({ id: 'signoz-otel-agent', suffixes: ['-k8s-infra-otel-agent'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['platform', 'signoz'], docs: 'https://signoz.io/docs/install/kubernetes/' }),
  // Parca, continuous profiling (its manifests, namespace parca; hunt bt/01): the server, a Deployment parca, and the eBPF agent on every
  // node, the DaemonSet parca-agent.
  c({ id: 'parca', kind: 'Deployment', category: 'monitoring', namespaces: ['parca'], docs: 'https://www.parca.dev/docs/kubernetes/' }),
  c({ id: 'parca-agent', kind: 'DaemonSet', category: 'monitoring', namespaces: ['parca'], docs: 'https://www.parca.dev/docs/kubernetes/' }),
  // Coroot (hunt am/23): the coroot-operator runs Coroot as the StatefulSet coroot, its node agent and its cluster agent.
  // Cortex from its Helm chart (cortexproject/cortex-helm-chart): <release>-cortex-<part>, cortex-<part> when the release holds
  // "cortex" (fb/12). Its hand-written manifests' bare names (distributor, ingester, ...; fb/14) are anyone's.
  c({ id: 'cortex', names: CORTEX_PARTS.map((p) => `cortex-${p}`), suffixes: CORTEX_PARTS.map((p) => `-cortex-${p}`), kind: 'Deployment', category: 'monitoring', namespaces: ['cortex', 'monitoring'], docs: 'https://cortexmetrics.io/docs/architecture/' }),
  // M3DB's operator and the clusters it makes: one StatefulSet per isolation group, <cluster>-rep<N> (fb/09); m3db- names are its.
  c({ id: 'm3db', names: ['m3db-operator', 'm3coordinator'], prefixes: ['m3db-'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['m3db', 'm3db-operator', 'monitoring'], docs: 'https://m3db.io/docs/operational_guide/kubernetes/' }),
  c({ id: 'coroot', names: ['coroot'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['coroot', 'monitoring'], docs: 'https://docs.coroot.com/installation/kubernetes/' }),
  c({ id: 'coroot-node-agent', names: ['coroot-node-agent'], suffixes: ['-coroot-node-agent'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['coroot', 'monitoring'], docs: 'https://docs.coroot.com/installation/kubernetes/' }),
  c({ id: 'coroot-cluster-agent', names: ['coroot-cluster-agent', 'coroot-operator'], suffixes: ['-coroot-cluster-agent', '-coroot-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['coroot', 'monitoring'], docs: 'https://docs.coroot.com/installation/kubernetes/' }),
  // Perses, the dashboard server: its chart's and its operator's StatefulSet <name>-perses (hunt am/15).
  c({ id: 'perses', names: ['perses'], suffixes: ['-perses'], kind: 'StatefulSet', category: 'dashboard', namespaces: ['perses', 'monitoring'], docs: 'https://perses.dev/' }),
  // The PersistentVolume recycler: kube-controller-manager scrubs a released volume whose reclaim policy is Recycle with a bare
  // pod, recycler-for-<pv>, in default (hunt am/08).
  c({ id: 'pv-recycler', prefixes: ['recycler-for-'], kind: 'Pod', category: 'storage', namespaces: ['default'], docs: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#recycle' }),
  // Zarf's init package in zarf (also under UDS and Big Bang; hunt al/03): its mutating webhook, the Zarf agent (agent-hook, a name
  // too plain to count elsewhere), and its in-cluster registry.
  c({ id: 'zarf-agent', names: ['agent-hook'], kind: 'Deployment', category: 'addon', namespaces: ['zarf'], onlyInNamespaces: true, docs: 'https://docs.zarf.dev/ref/init-package/' }),
  c({ id: 'zarf-registry', names: ['zarf-docker-registry'], kind: 'Deployment', category: 'addon', namespaces: ['zarf'], docs: 'https://docs.zarf.dev/ref/init-package/' }),
  // Kubecost 2.x and 3.x split it into more parts under the release kubecost: the aggregator (a StatefulSet), cloud-cost, forecasting,
  // frontend, cluster-controller, local-store, finopsagent, mcp and the network-costs DaemonSet (hunt az/20, az/21). The 1.x chart's
  // cost-analyzer-checks CronJob checks the install.
  c({ id: 'kubecost', names: ['kubecost-cost-analyzer', 'kubecost-aggregator', 'kubecost-cloud-cost', 'kubecost-cluster-controller', 'kubecost-finopsagent', 'kubecost-forecasting', 'kubecost-frontend', 'kubecost-local-store', 'kubecost-mcp', 'kubecost-network-costs', 'cost-analyzer-checks'], suffixes: ['-cost-analyzer', '-cost-analyzer-checks'], kind: 'Deployment', category: 'monitoring', namespaces: ['kubecost'], docs: 'https://docs.kubecost.com/' }),
  // kube-up's add-on named it with its version (node-problem-detector-v0.1), GKE's npd-v0.8.9; OKE's managed add-on is
  // oke-node-problem-detector (ek/07).
  // The deliveryhero chart, the one most install it with, names it <release>-node-problem-detector (npd-, eo/19).
  c({ id: 'node-problem-detector', names: ['node-problem-detector', 'oke-node-problem-detector'], prefixes: ['npd-v', 'node-problem-detector-v'], suffixes: ['-node-problem-detector'], kind: 'DaemonSet', category: 'monitoring', docs: 'https://github.com/kubernetes/node-problem-detector#readme' }),
  // Operators people run their platforms with.
  c({ id: 'elastic-operator', kind: 'StatefulSet', category: 'addon', namespaces: ['elastic-system'], docs: 'https://www.elastic.co/docs/deploy-manage/deploy/cloud-on-k8s' }),
  // What ECK's custom resources run, named after each resource (hunt bt/04): an Elasticsearch's node sets as StatefulSets
  // <name>-es-<nodeSet> (`default` in Elastic's samples; the usual roles' names too), a Kibana as the Deployment <name>-kb, an Agent as
  // <name>-agent (Fleet Server as a Deployment, the Elastic Agents as a DaemonSet). Users pick the names: those of Elastic's samples and
  // quickstarts count, and the shapes only where they say enough. Elastic's own manifests run the agents as elastic-agent(-standalone).
  // Open Distro for Elasticsearch's chart (fullname <release>-opendistro-es): its masters and data nodes are StatefulSets
  // <fullname>-master and -data, whose `-es-master` ending is no ECK node set's (dz/19).
  c({ id: 'opendistro-elasticsearch', names: ['opendistro-es-master', 'opendistro-es-data'], suffixes: ['-opendistro-es-master', '-opendistro-es-data'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://opendistro.github.io/for-elasticsearch-docs/docs/install/helm/' }),
  c({ id: 'eck-elasticsearch', names: ['quickstart-es-default', 'elasticsearch-es-default', 'elasticsearch-sample-es-default'], suffixes: ['-es-default', '-es-master', '-es-masters', '-es-data', '-es-hot', '-es-warm', '-es-cold', '-es-ingest'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://www.elastic.co/docs/deploy-manage/deploy/cloud-on-k8s/elasticsearch-configuration' }),
  c({ id: 'eck-kibana', names: ['quickstart-kb', 'kibana-kb', 'kibana-sample-kb'], suffixes: ['-kibana-kb'], kind: 'Deployment', category: 'dashboard', namespaces: [], docs: 'https://www.elastic.co/docs/deploy-manage/deploy/cloud-on-k8s/kibana-instance-quickstart' }),
  c({ id: 'fleet-server', names: ['fleet-server-agent', 'fleet-server-quickstart-agent'], suffixes: ['-fleet-server-agent'], kind: 'Deployment', category: 'monitoring', namespaces: [], docs: 'https://www.elastic.co/docs/deploy-manage/deploy/cloud-on-k8s/fleet-managed-elastic-agent' }),
  c({ id: 'elastic-agent', names: ['elastic-agent', 'elastic-agent-agent', 'elastic-agent-quickstart-agent', 'elastic-agent-standalone'], kind: 'DaemonSet', category: 'monitoring', namespaces: [], docs: 'https://www.elastic.co/docs/reference/fleet/running-on-kubernetes-managed-by-fleet' }),
  c({ id: 'strimzi-cluster-operator', kind: 'Deployment', category: 'addon', namespaces: ['kafka', 'strimzi'], docs: 'https://strimzi.io/docs/operators/latest/overview' }),
  c({ id: 'kuberay-operator', kind: 'Deployment', category: 'addon', namespaces: ['kuberay', 'ray-system'], docs: 'https://docs.ray.io/en/latest/cluster/kubernetes/index.html' }),
  // The operator goes where its chart is installed: trivy-system in the docs, trivy and trivy-operator as often in issues (dn/16).
  c({ id: 'trivy-operator', kind: 'Deployment', category: 'security', namespaces: TRIVY_NAMESPACES, docs: 'https://aquasecurity.github.io/trivy-operator/latest/' }),
  // The Trivy Operator's scan Jobs: one scan-vulnerabilityreport-<hash> per workload it scans (Starboard's named the same), in its
  // namespace; Completed is their normal end (hunt as/06, as/23). Its node-collector-<hash> Jobs (infra assessment) run in the
  // operator's own namespace, so only there: node-collector is a name anyone could use. Its pods' names read as a ReplicaSet's
  // (node-collector-<hash>-<5>): the name before the hash names the family, as scan-vulnerabilityreport does (dn/16).
  c({ id: 'trivy-scan-job', names: ['scan-vulnerabilityreport'], prefixes: ['scan-vulnerabilityreport-'], kind: 'Job', category: 'security', namespaces: TRIVY_NAMESPACES, docs: 'https://aquasecurity.github.io/trivy-operator/latest/' }),
  c({ id: 'trivy-node-collector', names: ['node-collector'], prefixes: ['node-collector-'], kind: 'Job', category: 'security', namespaces: TRIVY_NAMESPACES, onlyInNamespaces: true, docs: 'https://aquasecurity.github.io/trivy-operator/latest/' }),
  // kube-bench (Aqua): a Job that checks its node against the CIS Kubernetes Benchmark and prints the report to its log; job.yaml names it
  // kube-bench, job-master.yaml and job-node.yaml kube-bench-master and kube-bench-node (hunt as/01, as/02).
  c({ id: 'kube-bench', names: ['kube-bench', 'kube-bench-master', 'kube-bench-node'], kind: 'Job', category: 'security', namespaces: ['default', 'kube-system'], docs: 'https://github.com/aquasecurity/kube-bench#readme' }),
  // kube-hunter (Aqua, archived): its job.yaml runs one Job kube-hunter --pod that probes the cluster from inside and prints what it
  // found to its log (aquasecurity/kube-hunter#467: kubectl logs kube-hunter-94dzj).
  c({ id: 'kube-hunter', names: ['kube-hunter'], kind: 'Job', category: 'security', namespaces: ['default'], docs: 'https://github.com/aquasecurity/kube-hunter#pod' }),
  // CrowdStrike Falcon: the node sensor is a DaemonSet, <release>-falcon-sensor from its Helm chart (falcon-helm-falcon-sensor, dn/18),
  // falcon-node-sensor from the Falcon Operator's FalconNodeSensor (dn/19), in falcon-system; the operator's controller manager and the
  // Kubernetes Protection Agent (chart cs-k8s-protection-agent, <release>-cs-k8s-protection-agent) beside it.
  c({ id: 'falcon-sensor', names: ['falcon-sensor', 'falcon-node-sensor'], suffixes: ['-falcon-sensor', '-falcon-node-sensor'], kind: 'DaemonSet', category: 'security', namespaces: ['falcon-system'], docs: 'https://github.com/CrowdStrike/falcon-helm#readme' }),
  c({ id: 'falcon-operator', names: ['falcon-operator-controller-manager'], kind: 'Deployment', category: 'security', namespaces: ['falcon-operator'], docs: 'https://github.com/CrowdStrike/falcon-operator#readme' }),
  c({ id: 'falcon-kpa', names: ['cs-k8s-protection-agent'], suffixes: ['-cs-k8s-protection-agent'], kind: 'Deployment', category: 'security', namespaces: ['falcon-kubernetes-protection'], docs: 'https://github.com/CrowdStrike/terraform-kubectl-falcon#readme' }),
  // StackRox (Red Hat Advanced Cluster Security): Central with its database and scanner, and on each secured cluster the sensor, the
  // admission controller and the collector DaemonSet, all in the stackrox namespace. Names anyone could use, so only there, or where
  // two of its parts vouch for each other in a paste without namespaces (dn/17, dn/20).
  c({ id: 'stackrox-central', names: ['central', 'central-db', 'scanner', 'scanner-db', 'scanner-v4-indexer', 'scanner-v4-matcher', 'scanner-v4-db'], kind: 'Deployment', category: 'security', namespaces: ['stackrox'], onlyInNamespaces: true, family: 'stackrox', docs: 'https://docs.openshift.com/acs/architecture/acs-architecture.html' }),
  c({ id: 'stackrox-sensor', names: ['sensor', 'admission-control'], kind: 'Deployment', category: 'security', namespaces: ['stackrox'], onlyInNamespaces: true, family: 'stackrox', docs: 'https://docs.openshift.com/acs/architecture/acs-architecture.html' }),
  c({ id: 'stackrox-collector', names: ['collector'], kind: 'DaemonSet', category: 'security', namespaces: ['stackrox'], onlyInNamespaces: true, family: 'stackrox', docs: 'https://docs.openshift.com/acs/architecture/acs-architecture.html' }),
  // SPIRE's server is a StatefulSet in its own manifests and charts, a Deployment where NGINX Service Mesh runs it without persistent
  // storage (its pods' hash says so); the agent is a DaemonSet everywhere (hunt ao/05).
  c({ id: 'spire', names: ['spire-server'], kind: 'StatefulSet', category: 'security', namespaces: SPIRE_NAMESPACES, docs: 'https://spiffe.io/docs/latest/spire-about/spire-concepts/' }),
  c({ id: 'spire-agent', kind: 'DaemonSet', category: 'security', namespaces: SPIRE_NAMESPACES, docs: 'https://spiffe.io/docs/latest/spire-about/spire-concepts/' }),
  // Ingress controllers and Gateway API implementations other than ingress-nginx and Traefik.
  // Bitnami's chart names them <release>-contour and <release>-envoy (contour-contour, contour-ingress-envoy; hunts ba/01, ba/02): the
  // -envoy ending is anyone's, so it counts only in Contour's namespaces.
  c({ id: 'contour', suffixes: ['-contour'], kind: 'Deployment', category: 'ingress', namespaces: ['projectcontour', 'contour'], docs: 'https://projectcontour.io/docs/main/architecture/' }),
  c({ id: 'contour-envoy', names: ['envoy'], generic: ['envoy'], suffixes: ['-envoy'], kind: 'DaemonSet', category: 'ingress', namespaces: ['projectcontour', 'contour'], onlyInNamespaces: true, docs: 'https://projectcontour.io/docs/main/architecture/' }),
  // The Job that makes Contour's and Envoy's TLS certificates: contour-certgen-<version> in the upstream quickstart (contour-certgen-v1-30-0),
  // <release>-contour-certgen in Bitnami's chart. Completed is its end.
  c({ id: 'contour-certgen', prefixes: ['contour-certgen-'], suffixes: ['-contour-certgen'], kind: 'Job', category: 'ingress', namespaces: ['projectcontour'], docs: 'https://projectcontour.io/docs/main/deploy-options/' }),
  // Kong's own manifests (before its Helm chart) made kong-ingress-controller and the proxy Deployment kong: a generic name, only in kong.
  // Its chart names the gateway <release>-kong (kong-cp-kong) and, with the controller apart, <release>-kong-controller (hunts ba/03, ba/04):
  // endings common enough to count only in kong.
  c({ id: 'kong', names: ['kong-controller', 'kong-gateway', 'kong-kong', 'ingress-kong', 'kong-ingress-controller', 'kong'], generic: ['kong'], suffixes: ['-kong', '-kong-controller'], kind: 'Deployment', category: 'ingress', namespaces: ['kong'], onlyInNamespaces: true, docs: 'https://developer.konghq.com/kubernetes-ingress-controller/' }),
  // Kong's database migrations: kong-migrations in its manifests, <release>-kong-init-migrations and the pre- and post-upgrade Jobs in its chart.
  c({ id: 'kong-migrations', names: ['kong-migrations'], suffixes: ['-kong-init-migrations', '-kong-pre-upgrade-migrations', '-kong-post-upgrade-migrations'], kind: 'Job', category: 'ingress', namespaces: ['kong'], docs: 'https://developer.konghq.com/gateway/upgrade/' }),
  // The haproxytech chart names it <release>-kubernetes-ingress, with <release>-kubernetes-ingress-default-backend (hunt ba/05); its
  // manifests ran the default backend as ingress-default-backend, anyone's name, so only in haproxy-controller (fc/12).
  c({ id: 'haproxy-ingress', names: ['haproxy-kubernetes-ingress', 'haproxy-ingress', 'ingress-default-backend'], generic: ['ingress-default-backend'], suffixes: ['-kubernetes-ingress', '-kubernetes-ingress-default-backend'], patternsAnywhere: true, kind: 'Deployment', category: 'ingress', namespaces: ['haproxy-controller', 'ingress-controller'], onlyInNamespaces: true, docs: 'https://www.haproxy.com/documentation/kubernetes-ingress/' }),
  // The ingress controller first: <release>-apisix-ingress-controller is its, whatever the release, before the gateway's apisix- prefix.
  c({ id: 'apisix-ingress-controller', suffixes: ['-apisix-ingress-controller'], kind: 'Deployment', category: 'ingress', namespaces: ['ingress-apisix', 'apisix'], docs: 'https://apisix.apache.org/docs/ingress-controller/install' }),
  // Apache APISIX (ingress-apisix in its docs): the apisix chart runs the gateway as the Deployment apisix (<release>-apisix under a
  // release of another name), its configuration store as the etcd StatefulSet apisix-etcd, and apisix-dashboard before that was
  // retired; its ingress controller (that chart's subchart, or a chart of its own) is <release>-ingress-controller: apisix-ingress-controller.
  // A release whose name holds the chart's is the gateway's name itself: apisix-rax59c from a generated one (fc/09).
  c({ id: 'apisix', names: ['apisix', 'apisix-dashboard'], prefixes: ['apisix-'], suffixes: ['-apisix'], kind: 'Deployment', category: 'ingress', namespaces: ['ingress-apisix', 'apisix'], docs: 'https://apache.github.io/apisix-helm-chart/docs/en/latest/apisix.html' }),
  // Its etcd is a StatefulSet (Bitnami's etcd subchart), apart so its pods are read as one: a member left Completed stopped and was
  // not started again, where a chart's Deployment could not say so (fc/16); two of three down is a store without quorum.
  c({ id: 'apisix-etcd', names: ['apisix-etcd'], kind: 'StatefulSet', category: 'ingress', namespaces: ['ingress-apisix', 'apisix'], docs: 'https://apache.github.io/apisix-helm-chart/docs/en/latest/apisix.html' }),
  c({ id: 'envoy-gateway', kind: 'Deployment', category: 'ingress', namespaces: ['envoy-gateway-system'], docs: 'https://gateway.envoyproxy.io/docs/' }),
  // Solo.io's Gloo Edge (now kgateway) in gloo-system: gloo (the xDS control plane), gateway (Gateway and VirtualService CRs into a
  // Proxy; merged into gloo from 1.12), discovery, the Envoy Deployment gateway-proxy, api-server (its web UI's back
  // end) and Gloo Enterprise's extauth, rate-limit and observability (fc/01, fc/02). All but gloo are anyone's names: only in gloo-system, or where
  // three of them show together in rows without a namespace.
  c({ id: 'gloo-edge', names: ['gloo', 'gateway', 'discovery', 'gateway-proxy', 'api-server', 'extauth', 'rate-limit', 'observability'], generic: ['gateway', 'discovery', 'gateway-proxy', 'api-server', 'extauth', 'rate-limit', 'observability'], kind: 'Deployment', category: 'ingress', namespaces: ['gloo-system'], onlyInNamespaces: true, family: 'gloo-edge', docs: 'https://docs.solo.io/gloo-edge/latest/introduction/architecture/' }),
  // Its Helm hook Jobs: gateway-certgen makes the validation webhook's certificate (a sidecar injected into it that never exits holds
  // it NotReady and the upgrade with it: fc/02); gloo-resource-rollout and -cleanup (1.15 on) apply and remove its custom resources.
  c({ id: 'gloo-edge-job', names: ['gateway-certgen', 'gloo-resource-rollout', 'gloo-resource-cleanup', 'gloo-resource-migration'], generic: ['gateway-certgen'], kind: 'Job', category: 'ingress', namespaces: ['gloo-system'], onlyInNamespaces: true, family: 'gloo-edge', docs: 'https://docs.solo.io/gloo-edge/latest/reference/helm_chart_values/' }),
  // Tyk's charts name a part <part>-<fullname>: the old tyk-helm-chart's gateway-tyk-pro, dashboard-tyk-pro, pump-tyk-pro (fullname is
  // the release when it holds the chart's name, else <release>-<chart>: always ending -tyk-pro, -tyk-headless or -tyk-hybrid; fc/03),
  // tyk-charts' gateway-<release>-tyk-gateway. The post-install bootstrap Job first: it waits for the dashboard and is done when Completed.
  c({ id: 'tyk-bootstrap', names: [], prefixes: ['bootstrap-post-install-tyk-', 'bootstrap-pre-delete-tyk-'], kind: 'Job', category: 'ingress', namespaces: ['tyk', 'tyk-ingress'], docs: 'https://tyk.io/docs/product-stack/tyk-charts/overview/' }),
  c({ id: 'tyk', names: ['tyk-gateway', 'tyk-dashboard', 'tyk-pump'], suffixes: ['-tyk-pro', '-tyk-headless', '-tyk-hybrid', '-tyk-gateway', '-tyk-dashboard', '-tyk-pump'], kind: 'Deployment', category: 'ingress', namespaces: ['tyk', 'tyk-ingress'], docs: 'https://tyk.io/docs/product-stack/tyk-charts/overview/' }),
  // Emissary-ingress (Ambassador before 2.0): its chart names it <release>-emissary-ingress and the Ambassador agent <release>-emissary-ingress-agent
  // (hunt ba/24); the manifests emissary-ingress in emissary, and emissary-apiext (the CRD conversion webhook) in emissary-system; Ambassador's
  // ambassador, ambassador-agent and ambassador-redis in ambassador. The bare ambassador counts only there (Kubeflow 0.x ran one too).
  c({ id: 'emissary-ingress', names: ['emissary-ingress', 'emissary-ingress-agent', 'emissary-apiext', 'ambassador', 'ambassador-agent', 'ambassador-redis'], generic: ['ambassador'], suffixes: ['-emissary-ingress', '-emissary-ingress-agent'], patternsAnywhere: true, kind: 'Deployment', category: 'ingress', namespaces: ['emissary', 'emissary-system', 'ambassador'], onlyInNamespaces: true, docs: 'https://www.getambassador.io/docs/emissary/latest/topics/concepts/architecture' }),
  // OpenELB (ex-Porter, KubeSphere's bare-metal load balancer; openelb-system): the manager (0.5) or controller and speaker (0.6), the
  // keepalived VIP DaemonSet, and the admission webhook's certificate Jobs (hunt ba/06).
  c({ id: 'openelb', names: ['porter-manager'], prefixes: ['openelb-'], kind: 'Deployment', category: 'load-balancer', namespaces: ['openelb-system', 'porter-system'], docs: 'https://openelb.io/docs/concepts/' }),
  // The MetalLB Operator (OperatorHub, OpenShift's supported MetalLB): runs MetalLB's controller and speaker from a MetalLB resource (hunt ba/20).
  c({ id: 'metallb-operator', names: ['metallb-operator-controller-manager', 'metallb-operator-webhook-server'], kind: 'Deployment', category: 'load-balancer', namespaces: ['metallb-system', 'operators', 'openshift-operators'], docs: 'https://github.com/metallb/metallb-operator#readme' }),
  c({ id: 'nginx-gateway-fabric', suffixes: ['-nginx-gateway-fabric'], kind: 'Deployment', category: 'ingress', namespaces: ['nginx-gateway'], docs: 'https://docs.nginx.com/nginx-gateway-fabric/' }),
  c({ id: 'argo-rollouts', kind: 'Deployment', category: 'gitops', namespaces: ['argo-rollouts'], docs: 'https://argo-rollouts.readthedocs.io/en/stable/architecture/' }),
  // Flagger (hunt ap/11): its chart names it <release>-flagger (flagger under a release holding the word), in the namespace of the mesh
  // or ingress it drives; its load tester is flagger-loadtester in its docs and kustomization.
  c({ id: 'flagger', suffixes: ['-flagger'], kind: 'Deployment', category: 'gitops', namespaces: ['flagger-system', 'flagger', 'istio-system', 'linkerd'], docs: 'https://docs.flagger.app/' }),
  c({ id: 'flagger-loadtester', kind: 'Deployment', category: 'gitops', namespaces: ['test', 'flagger-system', 'flagger'], docs: 'https://docs.flagger.app/usage/webhooks#load-testing' }),
  // OpenKruise (kruise-system; hunt ap/02, 03, 07, 08): the controller manager, and a daemon on every node's host network that talks to
  // the container runtime through its socket (image pre-pulls, container restarts), so a wrong socket path crash-loops it.
  c({ id: 'kruise-controller-manager', kind: 'Deployment', category: 'addon', namespaces: ['kruise-system'], docs: 'https://openkruise.io/docs/core-concepts/architecture' }),
  c({ id: 'kruise-daemon', kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: ['kruise-system'], docs: 'https://openkruise.io/docs/core-concepts/architecture' }),
  // OpenKruise Game (kruise-game-system; hunt cf/12): its chart's one Deployment (kruiseGame.fullname), on top of OpenKruise's own.
  c({ id: 'kruise-game-controller-manager', kind: 'Deployment', category: 'addon', namespaces: ['kruise-game-system'], docs: 'https://openkruise.io/kruisegame/introduction' }),
  // Agones (agones-system; hunt ap/04): its controller (its webhooks in agones-extensions from 1.30), the allocator and the ping servers.
  // Before 1.0 the allocator was the Deployment gameserver-allocator (agones issue #946, hunt cf/01): anyone's words, so only there.
  c({ id: 'agones', names: ['agones-controller', 'agones-extensions', 'agones-allocator', 'agones-ping', 'gameserver-allocator'], generic: ['gameserver-allocator'], kind: 'Deployment', category: 'addon', namespaces: ['agones-system'], onlyInNamespaces: true, docs: 'https://agones.dev/site/docs/advanced/system-diagram/' }),
  // The Agones chart's pre-delete hook, <release>-delete-agones-resources: its Completed pod stays until the next uninstall
  // (hook-delete-policy before-hook-creation).
  c({ id: 'agones-delete-resources', names: [], suffixes: ['-delete-agones-resources'], kind: 'Job', category: 'addon', namespaces: ['agones-system'], docs: 'https://agones.dev/site/docs/installation/install-agones/helm/' }),
  // kube-plex (ev/07): Plex Media Server from its chart, <release>-kube-plex, whose transcoder shim starts each transcode as a
  // bare pod of its own (generateName pms-elastic-transcoder-): no controller owns it, and it goes when the stream ends.
  // By the chart's names for the README's release `plex` and a release named kube-plex only: a suffix would be one more pattern
  // for every name, for an app's pod.
  c({ id: 'kube-plex', names: ['plex-kube-plex', 'kube-plex'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/munnerz/kube-plex' }),
  c({ id: 'kube-plex-transcoder', names: ['pms-elastic-transcoder'], kind: 'Pod', category: 'addon', namespaces: [], docs: 'https://github.com/munnerz/kube-plex' }),
  // Open Match (open-match; hunt cf/16), the matchmaking framework beside Agones: its chart names the core services by their hostName
  // values, open-match-<part> since 1.0 and om-<part> before (those only in open-match), its Redis by fullnameOverride (om-redis, then
  // open-match-redis with Sentinel nodes).
  c({ id: 'open-match', names: [...OPEN_MATCH_PARTS.map((p) => `open-match-${p}`), ...OPEN_MATCH_PARTS.map((p) => `om-${p}`)], generic: OPEN_MATCH_PARTS.map((p) => `om-${p}`), kind: 'Deployment', category: 'addon', namespaces: ['open-match'], onlyInNamespaces: true, docs: 'https://open-match.dev/site/docs/' }),
  c({ id: 'open-match-redis', names: ['open-match-redis-node', 'open-match-redis-master', 'open-match-redis-slave', 'open-match-redis-replicas', 'om-redis-master', 'om-redis-slave'], generic: ['om-redis-master', 'om-redis-slave'], kind: 'StatefulSet', category: 'storage', namespaces: ['open-match'], onlyInNamespaces: true, docs: 'https://open-match.dev/site/docs/installation/helm/' }),
  // NFS and SMB storage: the NFS subdir provisioner (and its retired predecessor), the NFS and SMB CSI drivers (host network).
  c({ id: 'nfs-subdir-external-provisioner', suffixes: ['-nfs-subdir-external-provisioner'], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://github.com/kubernetes-sigs/nfs-subdir-external-provisioner#readme' }),
  c({ id: 'nfs-client-provisioner', suffixes: ['-nfs-client-provisioner'], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://github.com/kubernetes-retired/external-storage/tree/master/nfs-client' }),
  c({ id: 'csi-nfs-controller', kind: 'Deployment', category: 'storage', hostNetwork: true, docs: 'https://github.com/kubernetes-csi/csi-driver-nfs#readme' }),
  c({ id: 'csi-nfs-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://github.com/kubernetes-csi/csi-driver-nfs#readme' }),
  // csi-s3 (ctrox's driver, yandex-cloud/k8s-csi-s3 since; kube-system, or kb-system as KubeBlocks' add-on, hunt bs/05): buckets mounted
  // through FUSE by its node plugin, a DaemonSet on the host network; its attacher and provisioner are StatefulSets.
  c({ id: 'csi-s3', kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['kube-system', 'kb-system'], docs: 'https://github.com/yandex-cloud/k8s-csi-s3#readme' }),
  c({ id: 'csi-s3-controller', names: ['csi-provisioner-s3', 'csi-attacher-s3'], kind: 'StatefulSet', category: 'storage', namespaces: ['kube-system', 'kb-system'], docs: 'https://github.com/yandex-cloud/k8s-csi-s3#readme' }),
  c({ id: 'csi-smb-controller', kind: 'Deployment', category: 'storage', hostNetwork: true, docs: 'https://github.com/kubernetes-csi/csi-driver-smb#readme' }),
  c({ id: 'csi-smb-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, docs: 'https://github.com/kubernetes-csi/csi-driver-smb#readme' }),
  // OpenEBS (openebs): its control plane over the releases (1.x's maya-apiserver to 3.x's LocalPV provisioner, cStor's
  // operators, the LVM and ZFS LocalPV controllers), Node Disk Manager (its exporters are NDM's, not Prometheus's
  // node-exporter), Mayastor's per-node engine (host network) and its control plane.
  // The old stable/openebs chart (0.x-1.x) named its parts after the release, <release>-openebs-apiserver, whatever the
  // release was called (fh/01): the suffixes keep them OpenEBS's outside the names the default release gives.
  c({ id: 'openebs', suffixes: ['-openebs-apiserver', '-openebs-provisioner', '-openebs-localpv-provisioner', '-openebs-snapshot-operator', '-openebs-admission-server'], names: ['openebs-localpv-provisioner', 'openebs-provisioner', 'openebs-snapshot-operator', 'maya-apiserver', 'openebs-apiserver', 'openebs-admission-server', 'cspc-operator', 'cvc-operator', 'openebs-cstor-admission-server', 'openebs-cstor-cspc-operator', 'openebs-cstor-cvc-operator', 'openebs-lvm-localpv-controller', 'openebs-zfs-localpv-controller', 'openebs-ndm-operator'], kind: 'Deployment', category: 'storage', namespaces: ['openebs', 'ix-openebs'], docs: 'https://openebs.io/docs' }),
  // cStor's CSI node plugin (namespace openebs; kube-system before OpenEBS 2.0): its manifest sets hostNetwork (hunt bh/09).
  c({ id: 'openebs-cstor-csi-node', kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['openebs', 'kube-system'], docs: 'https://github.com/openebs/cstor-operators#readme' }),
  // The upgrade Jobs cstor-operators' docs have one apply, one for the pool clusters and one for the volumes: exact names, read before
  // cstor-pool's `cstor-` (hunt ck/22).
  c({ id: 'cstor-upgrade', names: ['cstor-cspc-upgrade', 'cstor-volume-upgrade'], kind: 'Job', category: 'storage', namespaces: ['openebs'], docs: 'https://github.com/openebs/upgrade#readme' }),
  // cStor's pools: a Deployment per pool instance and node, <pool cluster>-<4 characters> (cstor-disk-pool-6c2d), the engine that holds
  // the replicas (hunt bh/09, 11). Only in openebs: cstor- alone says little elsewhere.
  // A paste of `get pods -n openebs` has no namespace column, and cstor- pools are rarely anything else's (fh/01).
  c({ id: 'cstor-pool', names: [], prefixes: ['cstor-'], kind: 'Deployment', category: 'storage', namespaces: ['openebs'], onlyInNamespaces: true, withoutNamespace: true, docs: 'https://github.com/openebs/cstor-operators#readme' }),
  // A cStor volume's target, a Deployment pvc-<uuid>-target per PersistentVolume in openebs (hunt ck/22): read by that shape, see cstorTarget.
  c({ id: 'cstor-target', names: [], kind: 'Deployment', category: 'storage', namespaces: ['openebs'], docs: 'https://github.com/openebs/cstor-operators#readme' }),
  // Jiva's operator (its own manifests name it jiva-operator, the charts openebs-jiva-operator; hunt bh/06, 07, 12) and each Jiva volume's
  // pods, pvc-<uid>-jiva-ctrl (a Deployment) and pvc-<uid>-jiva-rep (a StatefulSet of replicas).
  c({ id: 'openebs-jiva', names: ['openebs-jiva-operator', 'jiva-operator'], kind: 'Deployment', category: 'storage', namespaces: ['openebs'], docs: 'https://github.com/openebs/jiva-operator#readme' }),
  c({ id: 'openebs-jiva-volume', names: [], suffixes: ['-jiva-ctrl', '-jiva-rep'], kind: 'Deployment', category: 'storage', namespaces: ['openebs'], docs: 'https://github.com/openebs/jiva-operator#readme' }),
  // The bare pods the LocalPV hostpath provisioner starts to make (init-pvc-<uid>) or wipe (cleanup-pvc-<uid>) a volume's directory on its
  // node: Completed is their end (hunt bh/08).
  c({ id: 'openebs-hostpath-helper', names: [], prefixes: ['init-pvc-', 'cleanup-pvc-'], kind: 'Pod', category: 'storage', namespaces: ['openebs'], docs: 'https://github.com/openebs/dynamic-localpv-provisioner#readme' }),
  c({ id: 'openebs-ndm', names: ['openebs-ndm', 'openebs-ndm-node-exporter', 'openebs-ndm-cluster-exporter'], suffixes: ['-openebs-ndm'], kind: 'DaemonSet', category: 'storage', namespaces: ['openebs'], docs: 'https://openebs.io/docs' }),
  // ZFS LocalPV before the openebs charts (its zfs-operator.yaml, and TrueNAS SCALE 21-22, which ran it so): the StatefulSet
  // openebs-zfs-controller and the DaemonSet openebs-zfs-node, in kube-system (hunt bu/01). TrueCharts' openebs app runs the chart's
  // openebs-zfs-localpv-* in ix-openebs.
  c({ id: 'openebs-zfs-controller', kind: 'StatefulSet', category: 'storage', docs: 'https://github.com/openebs/zfs-localpv#readme' }),
  c({ id: 'openebs-localpv-node', names: ['openebs-lvm-localpv-node', 'openebs-zfs-localpv-node', 'openebs-zfs-node'], kind: 'DaemonSet', category: 'storage', namespaces: ['openebs', 'kube-system', 'ix-openebs'], docs: 'https://openebs.io/docs' }),
  c({ id: 'openebs-io-engine', names: ['openebs-io-engine', 'openebs-agent-ha-node', 'mayastor-io-engine', 'mayastor-agent-ha-node', 'mayastor'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['openebs'], docs: 'https://openebs.io/docs' }),
  c({ id: 'openebs-mayastor', names: ['openebs-agent-core', 'openebs-api-rest', 'openebs-operator-diskpool', 'openebs-obs-callhome', 'mayastor-agent-core', 'mayastor-api-rest', 'mayastor-operator-diskpool', 'mayastor-obs-callhome', 'moac'], kind: 'Deployment', category: 'storage', namespaces: ['openebs'], docs: 'https://openebs.io/docs' }),
  // Mayastor from its own chart (release mayastor, namespace mayastor; MicroK8s's add-on) names its parts mayastor-<part> where the openebs
  // umbrella chart says openebs-<part> (hunt af/08-10): the names above. Its CSI node plugin runs on the host network (the chart's
  // csi-node DaemonSet, mayastor-csi before 2.0), so its address is its node's; its etcd (a StatefulSet) holds the control plane's
  // state and is not the cluster's.
  c({ id: 'mayastor-csi-node', names: ['mayastor-csi-node', 'mayastor-csi', 'openebs-csi-node'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: MAYASTOR_NAMESPACES, docs: 'https://openebs.io/docs' }),
  // Mayastor before 2.0 (MicroK8s's add-on of 2022; hunt bh/21): its control plane as core-agents, rest and msp-operator (the pool
  // operator), its etcd made by etcd-operator-mayastor. Generic names: only in mayastor.
  c({ id: 'mayastor-control-plane', names: ['core-agents', 'rest', 'msp-operator', 'etcd-operator-mayastor'], generic: ['core-agents', 'rest', 'msp-operator'], kind: 'Deployment', category: 'storage', namespaces: ['mayastor'], onlyInNamespaces: true, docs: 'https://openebs.io/docs' }),
  c({ id: 'mayastor-etcd', names: ['mayastor-etcd', 'openebs-etcd'], kind: 'StatefulSet', category: 'storage', namespaces: MAYASTOR_NAMESPACES, docs: 'https://openebs.io/docs' }),
  // Portworx: its storage node and API pods on each node (host network), and its control pods.
  c({ id: 'portworx', names: ['portworx', 'portworx-api'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['kube-system', 'portworx'], docs: 'https://docs.portworx.com/' }),
  // Portworx's internal KVDB (portworx-kvdb-<5>, on three storage nodes): the cluster's metadata when no external etcd is given. Its
  // operator makes these pods for the StorageCluster, as it does the storage pods (hunt ck/21).
  c({ id: 'portworx-kvdb', kind: 'StorageCluster', category: 'storage', hostNetwork: true, namespaces: ['kube-system', 'portworx'], docs: 'https://docs.portworx.com/' }),
  c({ id: 'portworx-control', names: ['portworx-operator', 'portworx-pvc-controller', 'px-csi-ext', 'stork', 'stork-scheduler'], kind: 'Deployment', category: 'storage', namespaces: ['kube-system', 'portworx'], docs: 'https://docs.portworx.com/' }),
  // Portworx Autopilot (hunt af/14): resizes volumes and pools by the rules of its AutopilotRules; the operator deploys it beside Stork. A
  // generic name: only in Portworx's namespaces.
  // PX-Backup under PX-Central (portworx/helm's px-central chart, namespace central by default): the backup server and
  // PX-Central's services as Deployments, their etcd, MongoDB and MySQL as StatefulSets, and the chart's post-install Job (fd/05).
  c({ id: 'px-backup', names: ['px-backup', 'pxcentral-apiserver', 'pxcentral-backend', 'pxcentral-frontend', 'pxcentral-lh-middleware'], kind: 'Deployment', category: 'storage', namespaces: ['central', 'px-backup'], docs: 'https://docs.portworx.com/portworx-backup-on-prem' }),
  c({ id: 'px-backup-store', names: ['pxc-backup-etcd', 'pxc-backup-mongodb', 'pxcentral-mysql'], kind: 'StatefulSet', category: 'storage', namespaces: ['central', 'px-backup'], docs: 'https://docs.portworx.com/portworx-backup-on-prem' }),
  c({ id: 'px-backup-hook', names: ['pxcentral-post-install-hook'], kind: 'Job', category: 'storage', namespaces: ['central', 'px-backup'], docs: 'https://docs.portworx.com/portworx-backup-on-prem' }),
  c({ id: 'portworx-autopilot', names: ['autopilot'], kind: 'Deployment', category: 'storage', namespaces: ['kube-system', 'portworx'], onlyInNamespaces: true, docs: 'https://docs.portworx.com/' }),
  // lvmd runs on its own, one DaemonSet per device class (topolvm-lvmd-0), where topolvm-node does not embed it (hunt bh/14).
  c({ id: 'topolvm', names: ['topolvm-controller', 'topolvm-node'], prefixes: ['topolvm-lvmd'], kind: 'DaemonSet', category: 'storage', namespaces: ['topolvm-system', 'openshift-storage'], docs: 'https://github.com/topolvm/topolvm#readme' }),
  // StorageOS (Ondat from 2021) by its cluster-operator: the node DaemonSet storageos-daemonset (storageos-node from v2), with
  // storageos-csi-helper, storageos-scheduler and the api-manager beside it (fh/10). Nothing else's names start so.
  c({ id: 'storageos', names: [], prefixes: ['storageos-'], kind: 'DaemonSet', category: 'storage', namespaces: ['storageos', 'kube-system'], docs: 'https://github.com/storageos/cluster-operator#readme' }),
  // gluster-kubernetes' gk-deploy: GlusterFS's server pods, a DaemonSet glusterfs on the host network, and Heketi, the REST
  // service that carves them into volumes, first as the bootstrap deploy-heketi, then as heketi (fh/11, 16).
  c({ id: 'glusterfs', names: ['glusterfs'], kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['default', 'glusterfs', 'kube-system'], docs: 'https://github.com/gluster/gluster-kubernetes#readme' }),
  c({ id: 'heketi', names: ['heketi', 'deploy-heketi'], kind: 'Deployment', category: 'storage', namespaces: ['default', 'glusterfs', 'kube-system'], docs: 'https://github.com/heketi/heketi#readme' }),
  // The JuiceFS CSI driver's dashboard (fh/02), named here so its mount pods' juicefs- below cannot take it; its controller
  // and node plugin are the generic -csi-controller and -csi-node, found first.
  c({ id: 'juicefs-csi-dashboard', names: ['juicefs-csi-dashboard'], kind: 'Deployment', category: 'storage', namespaces: ['kube-system', 'juicefs'], docs: 'https://juicefs.com/docs/csi/introduction/' }),
  // Its mount pods: juicefs-<node>-<volume>-<6 letters>, bare pods the node plugin starts in its own namespace, one per volume
  // and node, holding the FUSE mount the application's pods see (fh/02). Only there: juicefs- elsewhere may be anyone's app.
  c({ id: 'juicefs-mount', names: [], prefixes: ['juicefs-'], kind: 'Pod', category: 'storage', namespaces: ['kube-system', 'juicefs'], onlyInNamespaces: true, docs: 'https://juicefs.com/docs/csi/introduction/' }),
  // LVM Storage (LVMS, ODF-LVM before 4.12; hunt af/12), which runs TopoLVM on OpenShift: vg-manager on each node creates the volume
  // groups that topolvm-node serves (topolvm-node waits in Init for it), and the operator: lvms-operator, or a Deployment named plainly
  // controller-manager in odf-lvm (generic: only there).
  c({ id: 'lvms-vg-manager', names: ['vg-manager'], kind: 'DaemonSet', category: 'storage', namespaces: ['openshift-storage', 'openshift-lvm-storage', 'odf-lvm'], docs: 'https://github.com/openshift/lvm-operator#readme' }),
  c({ id: 'lvms-operator', names: ['lvms-operator', 'controller-manager'], generic: ['controller-manager'], kind: 'Deployment', category: 'storage', namespaces: ['openshift-storage', 'openshift-lvm-storage', 'odf-lvm'], onlyInNamespaces: true, docs: 'https://github.com/openshift/lvm-operator#readme' }),
  // Piraeus / LINSTOR (piraeus-datastore): the operator and controller, and a satellite per node (linstor-satellite.<node>).
  c({ id: 'piraeus', names: ['piraeus-operator-controller-manager', 'linstor-controller', 'linstor-affinity-controller'], kind: 'Deployment', category: 'storage', namespaces: ['piraeus-datastore'], docs: 'https://piraeus.io/docs/stable/' }),
  // Piraeus Operator v2's high-availability controller is a DaemonSet, one pod per node (hunt au/23). ha-controller is anyone's name: only there.
  c({ id: 'piraeus-ha-controller', names: ['ha-controller'], kind: 'DaemonSet', category: 'storage', namespaces: ['piraeus-datastore'], onlyInNamespaces: true, docs: 'https://piraeus.io/docs/stable/' }),
  c({ id: 'linstor-satellite', names: [], prefixes: ['linstor-satellite'], kind: 'DaemonSet', category: 'storage', namespaces: ['piraeus-datastore'], docs: 'https://piraeus.io/docs/stable/' }),
  // MinIO's DirectPV (hunt bh/22, 24): v4 installs a Deployment controller and a DaemonSet node-server in directpv, generic names that
  // count only there; before v3 it was direct-csi, named after its driver (direct-csi-min-io) in a namespace of that name.
  c({ id: 'directpv', names: ['controller', 'node-server', 'direct-csi-min-io'], generic: ['controller', 'node-server'], kind: 'DaemonSet', category: 'storage', namespaces: ['directpv', 'direct-csi-min-io'], onlyInNamespaces: true, docs: 'https://github.com/minio/directpv#readme' }),
  // MinIO as the object store another chart bundles and names <release>-minio (Mimir's and Loki's mimir-minio, loki-minio:
  // hunt co/15, co/18), or MinIO's own chart released as minio; the operator's tenants are its pools' StatefulSets.
  c({ id: 'minio', suffixes: ['-minio'], kind: 'Deployment', category: 'storage', namespaces: ['minio'], docs: 'https://github.com/minio/minio/tree/master/helm/minio#readme' }),
  c({ id: 'minio-operator', kind: 'Deployment', category: 'storage', namespaces: ['minio-operator'], family: 'minio-operator', docs: 'https://min.io/docs/minio/kubernetes/upstream/' }),
  // The operator's console (v4), a Deployment named plainly `console`: its own only in the operator's namespace, or beside it.
  c({ id: 'minio-operator-console', names: ['console', 'minio-operator-console'], generic: ['console'], kind: 'Deployment', category: 'dashboard', namespaces: ['minio-operator'], onlyInNamespaces: true, family: 'minio-operator', docs: 'https://min.io/docs/minio/kubernetes/upstream/operations/install-deploy-manage/minio-operator-console.html' }),
  // Cluster operations: reboots, descheduling, DNS records, registries, CI runners.
  c({ id: 'kured', kind: 'DaemonSet', category: 'addon', namespaces: ['kube-system', 'kured'], docs: 'https://kured.dev/docs/' }),
  // kucero (SUSE CaaSP, eo/18): kured's pattern for kubeadm's certificates, a DaemonSet on the control-plane nodes that renews them
  // one node at a time, under a lock on its own DaemonSet.
  c({ id: 'kucero', kind: 'DaemonSet', category: 'security', docs: 'https://github.com/SUSE/kucero#readme' }),
  // descheduler-cronjob and descheduler-job: kubernetes-sigs/descheduler's own manifests (kubernetes/cronjob, kubernetes/job; hunt ae/15).
  c({ id: 'descheduler', names: ['descheduler', 'descheduler-cronjob', 'descheduler-job'], kind: 'CronJob', category: 'addon', namespaces: ['kube-system', 'descheduler'], docs: 'https://github.com/kubernetes-sigs/descheduler#readme' }),
  // Named by its chart's release (<release>-external-dns) or after its provider (external-dns-unifi with the UniFi webhook
  // as a sidecar, hunt df/20; external-dns-cloudflare); the OpenShift operator names its operands external-dns-<ExternalDNS>.
  c({ id: 'external-dns', prefixes: ['external-dns-'], suffixes: ['-external-dns'], kind: 'Deployment', category: 'addon', namespaces: ['external-dns', 'kube-system'], docs: 'https://kubernetes-sigs.github.io/external-dns/latest/' }),
  // The operator (OpenShift's External DNS Operator) that runs those ExternalDNS Deployments from ExternalDNS resources.
  c({ id: 'external-dns-operator', kind: 'Deployment', category: 'addon', namespaces: ['external-dns-operator'], docs: 'https://docs.okd.io/4.10/networking/external_dns_operator/understanding-external-dns-operator.html' }),
  // k8s_gateway (ori-edge): CoreDNS with its k8s_gateway plugin, answering for the hosts of the cluster's Ingresses and Gateway routes, the
  // split-DNS server of home-ops clusters (hunt aj/07). Its chart names it <release>-k8s-gateway, k8s-gateway under a release holding it.
  // Not the cluster's DNS: no `provides`.
  c({ id: 'k8s-gateway', suffixes: ['-k8s-gateway'], kind: 'Deployment', category: 'addon', namespaces: ['k8s-gateway', 'network'], docs: 'https://github.com/ori-edge/k8s_gateway#readme' }),
  // Cloudflare Tunnel's connector (cloudflared; Cloudflare's chart cloudflare-tunnel): outbound tunnels through which Cloudflare sends the
  // public hostnames' traffic to Services of the cluster, no inbound port needed (hunts aj/07, aj/15, ai/04). It runs beside the apps it
  // serves, so no namespace is its home.
  c({ id: 'cloudflared', names: ['cloudflared', 'cloudflare-tunnel', 'cloudflare-tunnel-remote'], suffixes: ['-cloudflared'], kind: 'Deployment', category: 'ingress', namespaces: [], docs: 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/deployment-guides/kubernetes/' }),
  // Spegel, a peer-to-peer OCI registry mirror on every node (containerd pulls from the other nodes first; hunt aj/07). k3s and RKE2 embed it.
  c({ id: 'spegel', kind: 'DaemonSet', category: 'addon', namespaces: ['spegel', 'kube-system'], docs: 'https://github.com/spegel-org/spegel#readme' }),
  // Harbor: its chart names the parts <release>-harbor-<part> (harbor-<part> under a release whose name holds harbor). Older parts: adminserver
  // (merged into core in Harbor 1.8), Clair (Trivy replaced it in 2.2), ChartMuseum (until 2.8), Notary's server and signer (until 2.9).
  // harbor-operator names them <cluster>-harbor-harbor-<part>, Notary's as notaryserver and notarysigner, and runs registryctl (a container
  // of the registry pod in the chart) as a Deployment of its own.
  c({ id: 'harbor', names: ['harbor-core', 'harbor-jobservice', 'harbor-portal', 'harbor-registry', 'harbor-registryctl', 'harbor-database', 'harbor-redis', 'harbor-trivy', 'harbor-exporter', 'harbor-nginx', 'harbor-chartmuseum', 'harbor-notary-server', 'harbor-notary-signer', 'harbor-adminserver', 'harbor-clair'], suffixes: ['-harbor-core', '-harbor-jobservice', '-harbor-portal', '-harbor-registry', '-harbor-registryctl', '-harbor-database', '-harbor-redis', '-harbor-trivy', '-harbor-exporter', '-harbor-nginx', '-harbor-chartmuseum', '-harbor-notary-server', '-harbor-notary-signer', '-harbor-notaryserver', '-harbor-notarysigner', '-harbor-adminserver', '-harbor-clair'], kind: 'Deployment', category: 'addon', namespaces: ['harbor'], docs: 'https://goharbor.io/docs/main/install-config/harbor-ha-helm/' }),
  // Self-hosted developer platforms from their charts (hunt av): Gitea's StatefulSet (<release>-gitea, gitea when the release holds the
  // name) with its memcached and PostgreSQL; SonarQube's (<release>-sonarqube: a StatefulSet in SonarSource's chart, a Deployment in the
  // older stable and Oteemo ones); Rocket.Chat's Deployment <release>-rocketchat and, in its microservices mode, its services.
  c({ id: 'gitea', names: ['gitea', 'gitea-memcached', 'gitea-postgresql'], suffixes: ['-gitea'], kind: 'StatefulSet', category: 'addon', namespaces: ['gitea'], docs: 'https://gitea.com/gitea/helm-chart' }),
  c({ id: 'sonarqube', suffixes: ['-sonarqube'], kind: 'StatefulSet', category: 'addon', namespaces: ['sonarqube'], docs: 'https://docs.sonarsource.com/sonarqube-server/latest/setup-and-upgrade/deploy-on-kubernetes/server/introduction/' }),
  // Released as rocketchat, its MongoDB and (microservices mode) NATS subcharts' pods carry the release's name too (eq/02): the
  // database its services crash without, and the bus between them. The old stable chart's MongoDB ran as a replica set of three
  // StatefulSets, primary, secondary and arbiter (eq/11).
  c({ id: 'rocketchat', names: ['rocketchat', 'rocketchat-account', 'rocketchat-authorization', 'rocketchat-ddp-streamer', 'rocketchat-presence', 'rocketchat-stream-hub', 'rocketchat-mongodb', 'rocketchat-mongodb-primary', 'rocketchat-mongodb-secondary', 'rocketchat-mongodb-arbiter', 'rocketchat-nats', 'rocketchat-nats-box'], suffixes: ['-rocketchat'], kind: 'Deployment', category: 'addon', namespaces: ['rocketchat'], docs: 'https://github.com/RocketChat/helm-charts#readme' }),
  // Self-hosted collaboration apps from their charts (round eq). Jitsi Meet (jitsi-contrib/jitsi-helm): <release>-jitsi-meet-<part>
  // Deployments and its prosody subchart's StatefulSet <release>-prosody; docker-jitsi-meet's example manifests name them jicofo, jvb,
  // prosody (web alone is anyone's name). Prosody is an XMPP server no other chart here runs.
  c({ id: 'jitsi-meet', names: ['jicofo', 'jvb', 'jibri', 'jigasi', 'prosody'], suffixes: ['-jitsi-meet-jicofo', '-jitsi-meet-jvb', '-jitsi-meet-web', '-jitsi-meet-jibri', '-jitsi-meet-jigasi', '-prosody'], kind: 'Deployment', category: 'addon', namespaces: ['jitsi', 'jitsi-meet', 'meet'], docs: 'https://github.com/jitsi-contrib/jitsi-helm#readme' }),
  // Supabase (supabase-community/supabase-kubernetes): a Deployment per service, <release>-supabase-<service>, supabase-<service> when
  // the release is named supabase (eq/06). auth (GoTrue), realtime and storage log in to its Postgres, so a wrong password fails those three.
  c({ id: 'supabase', names: SUPABASE_PARTS.map((p) => `supabase-${p}`), suffixes: SUPABASE_PARTS.map((p) => `-supabase-${p}`), kind: 'Deployment', category: 'addon', namespaces: ['supabase'], docs: 'https://github.com/supabase-community/supabase-kubernetes#readme' }),
  // Mattermost: the team-edition chart's Deployment <release>-mattermost-team-edition (eq/09), and the operator that runs Mattermost
  // installations from their custom resources (its pods are named after each installation, which tells nothing).
  c({ id: 'mattermost', names: ['mattermost-team-edition', 'mattermost-operator'], suffixes: ['-mattermost-team-edition'], kind: 'Deployment', category: 'addon', namespaces: ['mattermost', 'mattermost-operator'], docs: 'https://github.com/mattermost/mattermost-helm#readme' }),
  // ERPNext (frappe/helm's erpnext chart): <release>-erpnext-<part> Deployments, the queue workers worker-d, -l and -s (default, long,
  // short); its configure and new-site Jobs carry the render time in their names, so no suffix finds them (eq/08).
  c({ id: 'erpnext', names: ERPNEXT_PARTS.map((p) => `erpnext-${p}`), suffixes: ERPNEXT_PARTS.map((p) => `-erpnext-${p}`), kind: 'Deployment', category: 'addon', namespaces: ['erpnext'], docs: 'https://github.com/frappe/helm/tree/main/erpnext#readme' }),
  c({ id: 'actions-runner-controller', names: ['arc-gha-rs-controller', 'actions-runner-controller'], suffixes: ['-gha-rs-controller'], kind: 'Deployment', category: 'addon', namespaces: ['arc-systems', 'actions-runner-system'], docs: 'https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners-with-actions-runner-controller/about-actions-runner-controller' }),
  // A runner scale set's listener: a pod the controller makes for its AutoscalingListener, both named <scale set>-<8>-listener (8 characters
  // encoding a hash of the scale set's namespace and config): read from that shape (arcListener), in the controller's namespace.
  c({ id: 'arc-listener', names: [], kind: 'AutoscalingListener', category: 'addon', namespaces: [], docs: 'https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners-with-actions-runner-controller/about-actions-runner-controller' }),
  // The legacy summerwind controller's release manifest (actions-runner-controller.yaml) names its Deployment controller-manager in
  // actions-runner-system: a generic name, only there (an entry of its own, so the Helm names above still count anywhere).
  c({ id: 'actions-runner-controller-legacy', names: ['controller-manager'], generic: ['controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['actions-runner-system'], onlyInNamespaces: true, docs: 'https://github.com/actions/actions-runner-controller/blob/master/docs/quickstart.md' }),
  // A runner scale set's runner: a pod its EphemeralRunner makes, <scale set>-<5>-runner-<5>, read from that shape (isEphemeralRunner).
  c({ id: 'arc-runner', names: [], kind: 'EphemeralRunner', category: 'addon', namespaces: [], docs: 'https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners-with-actions-runner-controller/about-actions-runner-controller' }),
  c({ id: 'gitlab-runner', suffixes: ['-gitlab-runner'], kind: 'Deployment', category: 'addon', namespaces: ['gitlab-runner', 'gitlab'], docs: 'https://docs.gitlab.com/runner/install/kubernetes.html' }),
  // Other self-hosted CI systems' own pods, from their charts (round ex). Concourse's web node (`concourse` when run as
  // `concourse quickstart`, as kompose converts its compose file: ex/07) and its workers, a StatefulSet in concourse-chart.
  c({ id: 'concourse', names: ['concourse', 'concourse-web'], suffixes: ['-concourse-web'], kind: 'Deployment', category: 'addon', namespaces: ['concourse'], docs: 'https://github.com/concourse/concourse-chart#readme' }),
  c({ id: 'concourse-worker', names: ['concourse-worker'], suffixes: ['-concourse-worker'], kind: 'StatefulSet', category: 'addon', namespaces: ['concourse'], docs: 'https://github.com/concourse/concourse-chart#readme' }),
  // Woodpecker's chart runs its server and its agents as StatefulSets (woodpecker-server-0, woodpecker-agent-0).
  c({ id: 'woodpecker', names: ['woodpecker-server', 'woodpecker-agent'], kind: 'StatefulSet', category: 'addon', namespaces: ['woodpecker'], docs: 'https://github.com/woodpecker-ci/helm#readme' }),
  // Drone's Kubernetes runner (drone/charts' drone-runner-kube): it starts each pipeline as a pod of its own (drone-<20 random>).
  c({ id: 'drone-runner-kube', names: ['drone-runner-kube'], suffixes: ['-drone-runner-kube'], kind: 'Deployment', category: 'addon', namespaces: ['drone'], docs: 'https://github.com/drone/charts/tree/master/charts/drone-runner-kube' }),
  // Gitea's act_runner from gitea-charts' actions chart: a StatefulSet <release>-act-runner (gitea-actions-act-runner-0) up to 0.1.0.
  c({ id: 'gitea-act-runner', names: ['act-runner'], suffixes: ['-act-runner'], kind: 'StatefulSet', category: 'addon', namespaces: ['gitea'], docs: 'https://gitea.com/gitea/helm-actions' }),
  // Buildkite's agent-stack-k8s controller, which turns each Buildkite job into a Kubernetes Job.
  c({ id: 'buildkite-agent-stack-k8s', names: ['agent-stack-k8s'], suffixes: ['-agent-stack-k8s'], kind: 'Deployment', category: 'addon', namespaces: ['buildkite'], docs: 'https://github.com/buildkite/agent-stack-k8s#readme' }),
  // Audits and observability tools.
  // The Fairwinds chart names them <release>-goldilocks-controller when its release is not called goldilocks: the Insights
  // agent's chart installs it so (insights-agent-goldilocks-controller, ec/10).
  c({ id: 'goldilocks', names: ['goldilocks-controller', 'goldilocks-dashboard'], suffixes: ['-goldilocks-controller', '-goldilocks-dashboard'], kind: 'Deployment', category: 'addon', namespaces: ['goldilocks', 'insights-agent'], docs: 'https://goldilocks.docs.fairwinds.com/' }),
  c({ id: 'kubescape', names: ['kubescape', 'kubevuln', 'operator', 'storage'], generic: ['operator', 'storage'], kind: 'Deployment', category: 'security', namespaces: ['kubescape'], onlyInNamespaces: true, docs: 'https://kubescape.io/docs/' }),
  // Its node agent runs on every node, a DaemonSet (kubescape/kubescape#1872: kubectl logs -n kubescape node-agent-lkmds), not one of
  // the operator's Deployments.
  c({ id: 'kubescape-node-agent', names: ['node-agent'], generic: ['node-agent'], kind: 'DaemonSet', category: 'security', namespaces: ['kubescape'], onlyInNamespaces: true, docs: 'https://kubescape.io/docs/operator/' }),
  // Kubescape's host scanner: a DaemonSet host-scanner that reads each node's kubelet and kernel settings for the scan, in the
  // operator's namespace or, from the CLI and the cloud operator of 2022-2023, its own kubescape-host-scanner
  // (kubescape/helm-charts#61; the CLI's log names its pods host-scanner-<5>, kubernetes-sigs/cluster-api-provider-azure#2609).
  c({ id: 'kubescape-host-scanner', names: ['host-scanner', 'kubescape-host-scanner'], generic: ['host-scanner'], kind: 'DaemonSet', category: 'security', namespaces: ['kubescape', 'kubescape-host-scanner'], onlyInNamespaces: true, docs: 'https://kubescape.io/docs/operator/' }),
  // Pixie's Vizier: Deployments, the per-node PEM DaemonSet (host network) and the StatefulSets that keep its metadata and messages
  // (hunt am/14). Releases before 0.10 ran NATS through nats-operator in pl.
  c({ id: 'pixie-vizier', names: ['vizier-certmgr', 'vizier-cloud-connector', 'vizier-proxy', 'vizier-query-broker', 'vizier-operator', 'kelvin', 'nats-operator'], generic: ['kelvin', 'nats-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['pl', 'px-operator'], onlyInNamespaces: true, docs: 'https://docs.px.dev/about-pixie/what-is-pixie/' }),
  c({ id: 'pixie-vizier-pem', names: ['vizier-pem'], kind: 'DaemonSet', hostNetwork: true, category: 'monitoring', namespaces: ['pl'], docs: 'https://docs.px.dev/about-pixie/what-is-pixie/' }),
  c({ id: 'pixie-vizier-store', names: ['vizier-metadata', 'pl-nats', 'pl-etcd'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['pl'], docs: 'https://docs.px.dev/about-pixie/what-is-pixie/' }),
  c({ id: 'weave-scope', names: ['weave-scope-agent', 'weave-scope-app', 'weave-scope-cluster-agent'], kind: 'DaemonSet', category: 'dashboard', namespaces: ['weave'], docs: 'https://github.com/weaveworks/scope#readme' }),
  c({ id: 'flux-v1', names: ['flux', 'helm-operator'], generic: ['flux', 'helm-operator'], kind: 'Deployment', category: 'gitops', namespaces: ['flux', 'fluxcd'], onlyInNamespaces: true, docs: 'https://github.com/fluxcd/flux#readme' }),
  // Chaos engineering: Chaos Mesh (chaos-mesh, chaos-testing), LitmusChaos (litmus), chaoskube, kube-monkey, Gremlin, ChaosBlade.
  c({ id: 'chaos-mesh', names: ['chaos-controller-manager', 'chaos-dashboard', 'chaos-dns-server'], kind: 'Deployment', category: 'addon', namespaces: ['chaos-mesh', 'chaos-testing'], docs: 'https://chaos-mesh.org/docs/' }),
  c({ id: 'chaos-daemon', kind: 'DaemonSet', category: 'addon', namespaces: ['chaos-mesh', 'chaos-testing'], docs: 'https://chaos-mesh.org/docs/' }),
  // Chaos Mesh's installs of 2020 (before 1.0) ran two Jobs for its admission webhook, one making its certificate and one registering
  // it; their names say nothing outside its namespaces (chaos-mesh/chaos-mesh#112, el/03).
  c({ id: 'chaos-mesh-webhook-job', names: ['webhook-certs-job', 'webhook-mw-job'], kind: 'Job', category: 'addon', namespaces: ['chaos-mesh', 'chaos-testing'], onlyInNamespaces: true, docs: 'https://github.com/chaos-mesh/chaos-mesh/issues/112' }),
  // chaoskube kills a random pod every interval (dry-run by default). Its chart names the Deployment after the release, often
  // `--generate-name`'s chaoskube-<Unix seconds>, or <release>-chaoskube; in any namespace (linki/chaoskube#202, el/05, el/13).
  c({ id: 'chaoskube', suffixes: ['-chaoskube'], kind: 'Deployment', category: 'addon', namespaces: ['chaoskube', 'default'], docs: 'https://github.com/linki/chaoskube#readme' }),
  // kube-monkey deletes pods of the workloads that opt in by label, on a daily schedule; its chart names the Deployment
  // <release>-kube-monkey (kubemonkey-kube-monkey, asobti/kube-monkey#227, el/19).
  c({ id: 'kube-monkey', suffixes: ['-kube-monkey'], kind: 'Deployment', category: 'addon', namespaces: ['kube-monkey', 'default'], docs: 'https://github.com/asobti/kube-monkey#readme' }),
  // Gremlin's chart in gremlin: the agent on every node (DaemonSet gremlin, gremlin-t7qgp) and chao, which reports the
  // cluster's workloads to Gremlin's service (chao-54b8c8d5f5-j52jf); names that say nothing elsewhere (gremlin/helm#67).
  c({ id: 'gremlin', names: ['gremlin'], generic: ['gremlin'], kind: 'DaemonSet', category: 'addon', namespaces: ['gremlin'], onlyInNamespaces: true, docs: 'https://github.com/gremlin/helm#readme' }),
  c({ id: 'gremlin-chao', names: ['chao'], generic: ['chao'], kind: 'Deployment', category: 'addon', namespaces: ['gremlin'], onlyInNamespaces: true, docs: 'https://github.com/gremlin/helm#readme' }),
  // ChaosBlade's operator chart (kube-system in its docs): the operator, and chaosblade-tool on every node, through which it
  // injects faults on hosts and containers (chaosblade-io/chaosblade#799, el/21).
  c({ id: 'chaosblade-operator', kind: 'Deployment', category: 'addon', namespaces: ['kube-system', 'chaosblade'], docs: 'https://github.com/chaosblade-io/chaosblade-operator#readme' }),
  c({ id: 'chaosblade-tool', kind: 'DaemonSet', category: 'addon', namespaces: ['kube-system', 'chaosblade'], docs: 'https://github.com/chaosblade-io/chaosblade-operator#readme' }),
  // ChaosCenter from the litmus-helm chart: <release>-litmus-server, -litmus-frontend, -litmus-auth-server (litmus-server under a release
  // holding "litmus"); those count anywhere (hunt bd/05). Its 2.x chart named them <release>-litmus-portal-server, -frontend and -mongo,
  // the portal's own MongoDB a Deployment of the chart (Civo's marketplace install, el/11).
  c({ id: 'litmus', names: ['chaos-operator-ce', 'chaos-exporter', 'litmusportal-server', 'litmusportal-frontend', 'litmusportal-auth-server', 'litmus-server', 'litmus-frontend', 'litmus-auth-server', 'event-tracker', 'subscriber'], generic: ['event-tracker', 'subscriber'], suffixes: ['-litmus-server', '-litmus-frontend', '-litmus-auth-server', '-litmus-portal-server', '-litmus-portal-frontend', '-litmus-portal-mongo'], patternsAnywhere: true, kind: 'Deployment', category: 'addon', namespaces: ['litmus'], onlyInNamespaces: true, docs: 'https://docs.litmuschaos.io/' }),
  // Hyperledger Fabric's HLF operator (kfsoftware/hlf-operator, now hyperledger-bevel/bevel-operator-fabric), installed with
  // `helm install hlf-operator kfs/hlf-operator`, mostly in default beside the network it runs (en/02, en/08).
  c({ id: 'hlf-operator', names: ['hlf-operator-controller-manager'], suffixes: ['-hlf-operator-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['default', 'hlf-operator'], docs: 'https://github.com/hyperledger-bevel/bevel-operator-fabric' }),
  // NeuVector (neuvector, Rancher's cattle-neuvector-system): the enforcer on every node, the rest in the cluster.
  c({ id: 'neuvector', names: ['neuvector-controller-pod', 'neuvector-manager-pod', 'neuvector-scanner-pod', 'neuvector-prometheus-exporter-pod', 'neuvector-db-pod', 'neuvector-updater-pod'], kind: 'Deployment', category: 'security', namespaces: ['neuvector', 'cattle-neuvector-system'], docs: 'https://open-docs.neuvector.com/' }),
  c({ id: 'neuvector-enforcer', names: ['neuvector-enforcer-pod'], kind: 'DaemonSet', category: 'security', namespaces: ['neuvector', 'cattle-neuvector-system'], docs: 'https://open-docs.neuvector.com/' }),
  // Backups: Kasten K10 (kasten-io, its services' generic names only there, and the bare worker pods it starts), Kanister, Stash.
  c({ id: 'kasten-k10', names: ['aggregatedapis-svc', 'auth-svc', 'catalog-svc', 'config-svc', 'controllermanager-svc', 'crypto-svc', 'dashboardbff-svc', 'executor-svc', 'frontend-svc', 'gateway', 'jobs-svc', 'kanister-svc', 'logging-svc', 'metering-svc', 'state-svc'], generic: ['aggregatedapis-svc', 'auth-svc', 'catalog-svc', 'config-svc', 'controllermanager-svc', 'crypto-svc', 'dashboardbff-svc', 'executor-svc', 'frontend-svc', 'gateway', 'jobs-svc', 'kanister-svc', 'logging-svc', 'metering-svc', 'state-svc'], kind: 'Deployment', category: 'storage', namespaces: ['kasten-io'], onlyInNamespaces: true, docs: 'https://docs.kasten.io/latest/' }),
  c({ id: 'kasten-k10-worker', names: ['copy-vol-data', 'data-mover-svc'], generic: ['copy-vol-data', 'data-mover-svc'], kind: 'Pod', category: 'storage', namespaces: ['kasten-io'], onlyInNamespaces: true, docs: 'https://docs.kasten.io/latest/' }),
  c({ id: 'kanister-operator', names: ['kanister-operator', 'kanister-kanister-operator'], kind: 'Deployment', category: 'storage', namespaces: ['kanister'], docs: 'https://docs.kanister.io/' }),
  c({ id: 'stash', names: ['stash-stash-enterprise', 'stash-stash-community', 'stash-operator'], kind: 'Deployment', category: 'storage', docs: 'https://stash.run/docs/latest/' }),
  // Batch scheduling: Volcano, Kueue.
  c({ id: 'volcano', names: ['volcano-scheduler', 'volcano-controllers', 'volcano-admission'], kind: 'Deployment', category: 'addon', namespaces: ['volcano-system'], docs: 'https://volcano.sh/en/docs/' }),
  // Volcano's install Job that makes the admission webhook's certificate (volcano-development.yaml): Completed is its end.
  c({ id: 'volcano-admission-init', kind: 'Job', category: 'addon', namespaces: ['volcano-system'], docs: 'https://volcano.sh/en/docs/' }),
  // Huawei's MindX DL beside Volcano for Ascend NPUs: hccl-controller (mindx-dl), noded (a generic name: only there) and npu-exporter (its own
  // namespace by its docs) (hunt cj/21).
  c({ id: 'mindx-dl', names: ['hccl-controller'], kind: 'Deployment', category: 'addon', namespaces: ['mindx-dl'], docs: 'https://www.hiascend.com/software/mindx-dl' }),
  c({ id: 'mindx-dl-node', names: ['noded', 'npu-exporter'], generic: ['noded'], onlyInNamespaces: true, kind: 'DaemonSet', category: 'addon', namespaces: ['mindx-dl', 'npu-exporter'], docs: 'https://www.hiascend.com/software/mindx-dl' }),
  // Its chart names the Deployment <release>-kueue-controller-manager unless the release is kueue.
  c({ id: 'kueue', names: ['kueue-controller-manager'], suffixes: ['-kueue-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['kueue-system'], docs: 'https://kueue.sigs.k8s.io/docs/overview/' }),
  // Apache YuniKorn (yunikorn): a scheduler for batch and mixed workloads (queues, gang scheduling) beside kube-scheduler; its admission
  // controller sets new pods' schedulerName so that YuniKorn places them. The admission controller's hostNetwork is a chart option: left off.
  // NVIDIA's KAI Scheduler (Run:ai's, open-sourced; namespace kai-scheduler): its operator deploys the scheduler (one Deployment per
  // shard, kai-scheduler-default), the binder, the pod grouper, the PodGroup and queue controllers, the admission webhook and the node
  // scale adjuster. Their names are generic but kai-operator's and the scheduler's: only in kai-scheduler.
  c({ id: 'kai-scheduler', names: ['kai-operator', 'kai-scheduler-default', 'admission', 'binder', 'pod-grouper', 'podgroup-controller', 'queue-controller', 'node-scale-adjuster'], generic: ['admission', 'binder', 'pod-grouper', 'podgroup-controller', 'queue-controller', 'node-scale-adjuster'], kind: 'Deployment', category: 'addon', namespaces: ['kai-scheduler'], onlyInNamespaces: true, docs: 'https://github.com/NVIDIA/KAI-Scheduler#readme' }),
  // SchedMD's Slinky: the slurm-operator and its webhook (slinky), and the Slurm cluster it runs (slurm, hunt bg/01, 02): slurmctld
  // (slurm-controller), slurmdbd (slurm-accounting), slurmrestd (slurm-restapi), login pods, and slurmd in each NodeSet's pods,
  // slurm-compute-<nodeset> (slurm-worker-<nodeset> since v1), which the operator makes itself.
  c({ id: 'slurm-operator', names: ['slurm-operator', 'slurm-operator-webhook'], kind: 'Deployment', category: 'addon', namespaces: ['slinky'], docs: SLINKY }),
  c({ id: 'slurm-cluster', names: ['slurm-controller', 'slurm-accounting', 'slurm-restapi', 'slurm-login'], prefixes: ['slurm-login-'], kind: 'StatefulSet', category: 'addon', namespaces: ['slurm'], docs: SLINKY }),
  // No StatefulSet between a NodeSet and its pods: the kind says NodeSet so that a StatefulSet guessed from <nodeset>-N is not
  // confirmed (and, said Pod, it made the first release's <nodeset>-<5> pods sure bare pods).
  c({ id: 'slurm-nodeset', names: [], prefixes: ['slurm-compute-', 'slurm-worker-'], kind: 'NodeSet', category: 'addon', namespaces: ['slurm'], docs: SLINKY }),
  c({ id: 'yunikorn', names: ['yunikorn-scheduler', 'yunikorn-admission-controller'], kind: 'Deployment', category: 'addon', namespaces: ['yunikorn'], docs: 'https://yunikorn.apache.org/docs/' }),
  // Database and messaging operators (their clusters' pods keep the owners their names show; Druid's, hunt an/16). Altinity's ClickHouse operator is
  // clickhouse-operator from its manifests, altinity-clickhouse-operator (<release>-altinity-clickhouse-operator) from its chart. KubeDB's
  // chart ran kubedb-kubedb-community and -enterprise until v2021 (hunt ce/11), -provisioner and -ops-manager since.
  c({ id: 'database-operator', names: ['postgres-operator', 'pgo', 'percona-postgresql-operator', 'percona-server-mongodb-operator', 'percona-xtradb-cluster-operator', 'pxc-operator', 'mariadb-operator', 'mariadb-operator-webhook', 'mongodb-kubernetes-operator', 'mysql-operator', 'cockroach-operator-manager', 'cockroach-operator', 'clickhouse-operator', 'altinity-clickhouse-operator', 'k8ssandra-operator', 'cass-operator', 'cass-operator-controller-manager', 'reaper-operator', 'medusa-operator', 'scylla-operator', 'scylla-manager-controller', 'vitess-operator', 'tidb-controller-manager', 'tidb-scheduler', 'redis-operator', 'redisoperator', 'opensearch-operator-controller-manager', 'stackgres-operator', 'stackgres-restapi', 'kubedb-kubedb-provisioner', 'kubedb-kubedb-ops-manager', 'kubedb-kubedb-autoscaler', 'kubedb-kubedb-webhook-server', 'kubedb-kubedb-community', 'kubedb-kubedb-enterprise', 'druid-operator'], suffixes: ['-altinity-clickhouse-operator', '-cass-operator', '-reaper-operator', '-reaper-operator-k8ssandra', '-medusa-operator', '-medusa-operator-k8ssandra'], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://kubernetes.io/docs/concepts/extend-kubernetes/operator/' }),
  // CoreOS's etcd-operator (hunt af/11, ae/03): runs each EtcdCluster as bare member pods <cluster>-<10 random characters>, which it
  // replaces itself; etcd-backup-operator and etcd-restore-operator came with it. After OpenShift's entry, which owns the name in
  // openshift-etcd-operator. The stable/etcd-operator chart names them <release>-etcd-operator-<part> (hunt cg/02,
  // etcd-operator-etcd-operator-etcd-backup-operator).
  c({ id: 'etcd-operator', names: ['etcd-operator', 'etcd-backup-operator', 'etcd-restore-operator'], suffixes: ['-etcd-operator', '-etcd-backup-operator', '-etcd-restore-operator'], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://github.com/coreos/etcd-operator#readme' }),
  // A TidbCluster's parts as TiDB Operator names them, <cluster>-<part> (hunt af/29-32): PD, the placement driver (cluster metadata,
  // timestamps, where each region lives); TiKV, the storage; TiDB, the stateless SQL layer; TiFlash, columnar replicas. StatefulSets all.
  // The tidb-cluster chart's Job <cluster>-tidb-initializer sets the root password and runs the init SQL once.
  c({ id: 'tidb-pd', names: [], suffixes: ['-pd'], kind: 'StatefulSet', category: 'storage', namespaces: ['tidb-cluster'], docs: TIDB_OPERATOR }),
  c({ id: 'tidb-tikv', names: [], suffixes: ['-tikv'], kind: 'StatefulSet', category: 'storage', namespaces: ['tidb-cluster'], docs: TIDB_OPERATOR }),
  c({ id: 'tidb-server', names: [], suffixes: ['-tidb'], kind: 'StatefulSet', category: 'storage', namespaces: ['tidb-cluster'], docs: TIDB_OPERATOR }),
  c({ id: 'tidb-tiflash', names: [], suffixes: ['-tiflash'], kind: 'StatefulSet', category: 'storage', namespaces: ['tidb-cluster'], docs: TIDB_OPERATOR }),
  c({ id: 'tidb-initializer', names: [], suffixes: ['-tidb-initializer'], kind: 'Job', category: 'storage', namespaces: ['tidb-cluster'], docs: 'https://docs.pingcap.com/tidb-in-kubernetes/stable/initialize-a-cluster' }),
  // A TidbCluster's discovery service <cluster>-discovery and a TidbMonitor <monitor>-monitor: anyone's endings, read only beside the
  // cluster's <cluster>-pd (see clusterSiblings in explain).
  c({ id: 'tidb-discovery', names: [], kind: 'Deployment', category: 'storage', namespaces: ['tidb-cluster'], docs: TIDB_OPERATOR }),
  c({ id: 'tidb-monitor', names: [], kind: 'StatefulSet', category: 'monitoring', namespaces: ['tidb-cluster'], docs: 'https://docs.pingcap.com/tidb-in-kubernetes/stable/monitor-a-tidb-cluster' }),
  // The old tidb-cluster chart (before TidbMonitor) ran <cluster>-monitor as a Deployment and the Job <cluster>-monitor-configurator
  // that sets up Grafana's data source and dashboards (ez/03, ez/13); read the same way.
  c({ id: 'tidb-monitor-configurator', names: [], kind: 'Job', category: 'monitoring', namespaces: ['tidb-cluster'], docs: 'https://docs.pingcap.com/tidb-in-kubernetes/stable/monitor-a-tidb-cluster' }),
  // cass-operator runs each rack of a CassandraDatacenter as the StatefulSet <cluster>-<dc>-<rack>-sts (hunt af/23); a rack left unnamed is
  // default. Only the rack names its docs use: -sts alone is anyone's.
  c({ id: 'cassandra-datacenter', names: [], suffixes: ['-default-sts', '-rack1-sts', '-rack2-sts', '-rack3-sts', '-r1-sts', '-r2-sts', '-r3-sts'], kind: 'StatefulSet', category: 'storage', namespaces: ['cass-operator', 'k8ssandra-operator'], docs: 'https://docs.k8ssandra.io/components/cass-operator/' }),
  // K8ssandra's Stargate (an API gateway for Cassandra, CQL/REST/GraphQL): <release>-<dc>-stargate from its 1.x chart,
  // <cluster>-<dc>-<rack>-stargate-deployment from k8ssandra-operator (hunt be/10). Reaper (Cassandra's repair scheduler) from the
  // k8ssandra 1.0 chart: <release>-reaper-k8ssandra (hunt be/09).
  c({ id: 'stargate', names: [], suffixes: ['-stargate', '-stargate-deployment'], kind: 'Deployment', category: 'storage', namespaces: ['k8ssandra-operator'], docs: 'https://docs.k8ssandra.io/components/stargate/' }),
  c({ id: 'cassandra-reaper', names: [], suffixes: ['-reaper-k8ssandra'], kind: 'Deployment', category: 'storage', namespaces: ['k8ssandra-operator'], docs: 'https://docs.k8ssandra.io/components/reaper/' }),
  // CockroachDB's Helm chart (stable/cockroachdb, cockroachdb/helm-charts): the StatefulSet <release>-cockroachdb (cockroachdb under a
  // release holding the name; a CrdbCluster of the operator's docs is cockroachdb too), and the Job <release>-cockroachdb-init that runs
  // `cockroach init` once the nodes are up (hunt be/01). <release>-cockroachdb is read in matchComponent: a Prometheus resource named
  // cockroachdb gets the StatefulSet prometheus-cockroachdb, which is Prometheus's (hunt q/10).
  c({ id: 'cockroachdb', kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://www.cockroachlabs.com/docs/stable/deploy-cockroachdb-with-kubernetes' }),
  c({ id: 'cockroachdb-init', suffixes: ['-cockroachdb-init'], kind: 'Job', category: 'storage', namespaces: [], docs: 'https://github.com/cockroachdb/helm-charts/tree/master/cockroachdb' }),
  // cockroach-operator's version check: before it makes a CrdbCluster's StatefulSet it runs the cluster's image once in a Job
  // <cluster>-vcheck-<minute> to learn its version (read in matchComponent; the owner stage reads it a Job's, hunt be/02, ez/11).
  c({ id: 'cockroachdb-vcheck', names: [], kind: 'Job', category: 'storage', namespaces: [], docs: 'https://github.com/cockroachdb/cockroach-operator#readme' }),
  // YugabyteDB from its Helm chart or its StatefulSet manifests: yb-master keeps the catalog and decides where tablets live, yb-tserver
  // holds the data and serves YSQL/YCQL (ez/01, ez/02). The chart without oldNamingStyle puts the release first, <release>-yb-master.
  c({ id: 'yugabyte-master', names: ['yb-master'], suffixes: ['-yb-master'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://docs.yugabyte.com/preview/architecture/yb-master/' }),
  c({ id: 'yugabyte-tserver', names: ['yb-tserver'], suffixes: ['-yb-tserver'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://docs.yugabyte.com/preview/architecture/yb-tserver/' }),
  // Neon's storage (serverless Postgres, storage split from compute): safekeepers take the compute's WAL and agree on it with Paxos,
  // pageservers serve pages rebuilt from it, the storage broker tells them of each other. Run as the community operators and
  // Neon's charts name them, safekeeper, pageserver, storage-broker, alone or after a release (<release>-neon-storage-broker) (ez/14).
  c({ id: 'neon-safekeeper', names: ['safekeeper'], suffixes: ['-safekeeper'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: NEON_STORAGE }),
  c({ id: 'neon-pageserver', names: ['pageserver'], suffixes: ['-pageserver'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: NEON_STORAGE }),
  c({ id: 'neon-storage-broker', names: ['storage-broker'], suffixes: ['-storage-broker'], kind: 'Deployment', category: 'storage', namespaces: [], docs: NEON_STORAGE }),
  // Zalando's postgres-operator runs each postgresql cluster as a StatefulSet named after the cluster (acid-minimal-cluster) of Spilo pods
  // (PostgreSQL under Patroni); the name says nothing, the label application=spilo does (hunt be/04).
  c({ id: 'spilo', names: [], labels: { application: 'spilo' }, kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://postgres-operator.readthedocs.io/en/latest/' }),
  // Its web UI, from its manifests or the postgres-operator-ui chart (ez/15).
  c({ id: 'postgres-operator-ui', names: ['postgres-operator-ui'], suffixes: ['-postgres-operator-ui'], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://postgres-operator.readthedocs.io/en/latest/operator-ui/' }),
  // Crunchy PGO v5: a PostgresCluster's instance sets as StatefulSets <cluster>-<set>-<4 random> (read by shape for the set names its
  // examples use, instance1: see pgoInstance), and pgBackRest's repo host <cluster>-repo-host (hunt be/05). Percona's operator for
  // PostgreSQL 2.x, built on PGO, names them the same.
  // Percona XtraDB Cluster (Galera MySQL): the operator's PerconaXtraDBCluster runs <cluster>-pxc, the old stable chart
  // <release>-pxc; `-pxc` says nothing else. Its proxies, <cluster>-haproxy or -proxysql, end as anyone's: PXC's only beside
  // that cluster's -pxc set or the operator (see pxcProxies in explain).
  c({ id: 'percona-xtradb-cluster', names: [], suffixes: ['-pxc'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://docs.percona.com/percona-operator-for-mysql/pxc/architecture.html' }),
  c({ id: 'pxc-proxy', names: [], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://docs.percona.com/percona-operator-for-mysql/pxc/haproxy-conf.html' }),
  // The MongoDB Community operator's MongoDBCommunity: a StatefulSet named after the resource (anyone's name), its arbiters
  // <name>-arb; each pod runs mongod beside the mongodb-agent. Read beside the operator (see mongodbCommunitySets in explain).
  c({ id: 'mongodb-community', names: [], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://github.com/mongodb/mongodb-kubernetes-operator/blob/master/docs/architecture.md' }),
  c({ id: 'pgo-instance', names: [], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://access.crunchydata.com/documentation/postgres-operator/latest/architecture/overview' }),
  // Its PgBouncer, a Deployment <cluster>-pgbouncer: `-pgbouncer` ends any chart's PgBouncer, so it is PGO's only beside that
  // cluster's repo host (see pgoInstanceSets in explain).
  c({ id: 'pgo-pgbouncer', names: [], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://access.crunchydata.com/documentation/postgres-operator/latest/tutorials/basic-setup/connection-pooling' }),
  c({ id: 'pgo-repo-host', names: [], suffixes: ['-repo-host'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://access.crunchydata.com/documentation/postgres-operator/latest/tutorials/backups-disaster-recovery/backups' }),
  // PGO v4 (pgo create cluster, a Pgcluster) ran Deployments: the primary named after the cluster, each replica <cluster>-<4 letters>,
  // pgBackRest's repository <cluster>-backrest-shared-repo; and Jobs <cluster>-stanza-create (pgBackRest's stanza, once the primary is up)
  // and backrest-backup-<cluster> (a backup, the first one right after) (ez/05, ez/12). The instances are read beside the repository
  // (see pgoInstanceSets in explain).
  c({ id: 'pgo-v4-backrest-repo', names: [], suffixes: ['-backrest-shared-repo'], kind: 'Deployment', category: 'storage', namespaces: [], docs: PGO_V4 }),
  c({ id: 'pgo-v4-backrest-job', names: [], prefixes: ['backrest-backup-'], suffixes: ['-stanza-create'], kind: 'Job', category: 'storage', namespaces: [], docs: PGO_V4 }),
  c({ id: 'pgo-v4-instance', names: [], kind: 'Deployment', category: 'storage', namespaces: [], docs: PGO_V4 }),
  // Vitess. vitess-operator makes each tablet a bare pod <cluster>-vttablet-<cell>-<uid>-<hash> and names its Deployments
  // <cluster>-<cell>-vtgate-<hash>, -vtctld-<hash>, -vtadmin-<hash>, <keyspace scope>-vtorc-<hash> (see vitessPart; hunt be/08). Its old Helm chart:
  // vtctld, vtgate-<cell>, the tablets as StatefulSets <cell>-<keyspace>-<shard>-replica and -rdonly (only -rdonly is Vitess's word), and
  // Jobs <keyspace>-apply-schema-<name>, <keyspace>-apply-vschema(-initial) and <shard>-init-shard-master (hunt be/03).
  c({ id: 'vitess-vttablet', names: [], suffixes: ['-rdonly'], kind: 'Pod', category: 'storage', namespaces: [], docs: 'https://vitess.io/docs/concepts/tablet/' }),
  c({ id: 'vitess-vtgate', names: [], prefixes: ['vtgate-'], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://vitess.io/docs/concepts/vtgate/' }),
  c({ id: 'vitess-vtctld', names: ['vtctld'], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://vitess.io/docs/reference/programs/vtctld/' }),
  c({ id: 'vitess-vtorc', names: [], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://vitess.io/docs/reference/vtorc/' }),
  // VTAdmin, which vitess-operator runs per cell beside vtctld since v15 (<cluster>-<cell>-vtadmin-<hash>, ez/08).
  c({ id: 'vitess-vtadmin', names: [], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://vitess.io/docs/reference/vtadmin/' }),
  c({ id: 'vitess-job', names: [], suffixes: ['-apply-schema-initial', '-apply-vschema-initial', '-apply-vschema', '-init-shard-master'], kind: 'Job', category: 'storage', namespaces: [], docs: 'https://vitess.io/docs/get-started/' }),
  // Spotahome's redis-operator runs each RedisFailover as the Redis StatefulSet rfr-<name> and the Sentinel Deployment rfs-<name> (hunt af/19, af/21).
  c({ id: 'redisfailover-redis', names: [], prefixes: ['rfr-'], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://github.com/spotahome/redis-operator#readme' }),
  c({ id: 'redisfailover-sentinel', names: [], prefixes: ['rfs-'], kind: 'Deployment', category: 'storage', namespaces: [], docs: 'https://github.com/spotahome/redis-operator#readme' }),
  // OT-Container-Kit's redis-operator runs a RedisCluster as the StatefulSets <name>-leader and <name>-follower, a RedisSentinel as
  // <name>-sentinel (hunt ar/22, ar/23). -leader and -follower alone are anyone's (the guestbook's redis-leader): only its docs' names.
  c({ id: 'ot-redis', names: [], suffixes: ['redis-cluster-leader', 'redis-cluster-follower', 'redis-sentinel-sentinel'], kind: 'StatefulSet', category: 'storage', namespaces: ['ot-operators', 'redis-operator'], docs: 'https://github.com/OT-CONTAINER-KIT/redis-operator#readme' }),
  // HiveMQ's legacy operator chart (hivemq-operator) names its Deployment <release>-hivemq-operator-operator (hivemq/helm-charts#20);
  // Confluent for Kubernetes' docs install its chart as the release confluent-operator, in confluent beside the platform it runs (ep/30, ep/31).
  c({ id: 'messaging-operator', names: ['rabbitmq-cluster-operator', 'messaging-topology-operator', 'emqx-operator-controller-manager', 'hivemq-operator-operator', 'confluent-operator'], suffixes: ['-hivemq-operator-operator'], kind: 'Deployment', category: 'addon', namespaces: ['rabbitmq-system', 'emqx-operator-system', 'confluent'], docs: 'https://kubernetes.io/docs/concepts/extend-kubernetes/operator/' }),
  // Confluent for Kubernetes runs each platform resource as a StatefulSet named after it, and its docs and examples name them after
  // their kinds: kraftcontroller, controlcenter (controlcenter-ng, the next-gen one: ep/31), schemaregistry, kafkarestproxy, connect, ksqldb
  // (fe/10: a Debezium test on k3d).
  // connect and ksqldb are anyone's words: only in confluent, the namespace its docs use.
  c({ id: 'confluent-platform', names: ['kraftcontroller', 'controlcenter', 'controlcenter-ng', 'schemaregistry', 'kafkarestproxy', 'connect', 'ksqldb'], generic: ['connect', 'ksqldb'], kind: 'StatefulSet', category: 'addon', namespaces: ['confluent'], onlyInNamespaces: true, docs: 'https://docs.confluent.io/operator/current/overview.html' }),
  // The RabbitMQ cluster operator runs each RabbitmqCluster as the StatefulSet <name>-server (hunt ar/24): only where the name says RabbitMQ.
  // Apache Pulsar's Helm chart names its parts <fullname>-<component> (release pulsar: pulsar-broker-0; under Milvus's
  // chart my-release-pulsar-broker-0), its two setup Jobs <fullname>-bookie-init and <fullname>-pulsar-init (ep/01, ep/02,
  // ep/33, ep/34): names that say Pulsar wherever they run.
  c({ id: 'pulsar', names: ['pulsar-bookie', 'pulsar-broker', 'pulsar-proxy', 'pulsar-recovery', 'pulsar-toolset', 'pulsar-zookeeper', 'pulsar-pulsar-manager'], suffixes: ['-pulsar-bookie', '-pulsar-broker', '-pulsar-proxy', '-pulsar-recovery', '-pulsar-toolset', '-pulsar-zookeeper', '-pulsar-pulsar-manager'], kind: 'StatefulSet', category: 'addon', namespaces: ['pulsar'], docs: 'https://pulsar.apache.org/docs/next/helm-overview/' }),
  c({ id: 'pulsar-init', names: ['pulsar-bookie-init', 'pulsar-pulsar-init'], suffixes: ['-pulsar-bookie-init', '-pulsar-pulsar-init'], kind: 'Job', category: 'addon', namespaces: ['pulsar'], docs: 'https://pulsar.apache.org/docs/next/helm-overview/' }),
  // NATS's Helm chart runs nats-box, a pod with the NATS CLI, as <release>-box: a Deployment since chart 0.8 (nats-io/k8s#186),
  // a bare pod before and in nats-io's setup script (ep/06, ep/17). Only under NATS's own name: -box alone is anyone's.
  c({ id: 'nats-box', names: ['nats-box'], suffixes: ['-nats-box'], kind: 'Deployment', category: 'addon', namespaces: ['nats', 'nats-io'], docs: 'https://github.com/nats-io/nats-box#readme' }),
  // EMQX, the MQTT broker: its Helm chart's StatefulSet (<release>-emqx, ep/14), or the EMQX operator's parts of an EMQX
  // named emqx, its docs' name (emqx-core-<hash>, emqx-replicant-<hash>, ep/32; emqx-core and emqx-replicant before 2.2).
  // Other EMQX names are the user's.
  c({ id: 'emqx', names: ['emqx', 'emqx-ee', 'emqx-core', 'emqx-replicant'], prefixes: ['emqx-core-', 'emqx-replicant-'], suffixes: ['-emqx', '-emqx-ee'], kind: 'StatefulSet', category: 'addon', namespaces: ['emqx'], docs: 'https://docs.emqx.com/en/emqx/latest/deploy/kubernetes/operator/operator.html' }),
  // Redpanda's Helm chart (release redpanda by its docs): the brokers' StatefulSet <fullname>, the Job <fullname>-configuration
  // that sets the cluster's properties after each install or upgrade, and Redpanda Console, a UI for any Kafka (ep/15, dd/26).
  c({ id: 'redpanda', names: ['redpanda', 'redpanda-console'], suffixes: ['-redpanda', '-redpanda-console'], kind: 'StatefulSet', category: 'addon', namespaces: ['redpanda'], docs: 'https://docs.redpanda.com/current/deploy/deployment-option/self-hosted/kubernetes/' }),
  c({ id: 'redpanda-configuration', names: ['redpanda-configuration'], suffixes: ['-redpanda-configuration'], kind: 'Job', category: 'addon', namespaces: ['redpanda'], docs: 'https://docs.redpanda.com/current/deploy/deployment-option/self-hosted/kubernetes/' }),
  // ThingsBoard's microservices from its k8s scripts (thingsboard/thingsboard-ce-k8s, -pe-k8s): tb-node and its transports,
  // executors and web UI (ep/07), and tb-db-setup, the bare pod the install script starts to set up the database and
  // deletes after (ep/25). Names of ThingsBoard's own: anywhere.
  c({ id: 'thingsboard', names: ['tb-node', 'tb-core', 'tb-rule-engine', 'tb-js-executor', 'tb-vc-executor', 'tb-mqtt-transport', 'tb-http-transport', 'tb-coap-transport', 'tb-lwm2m-transport', 'tb-snmp-transport', 'tb-web-ui', 'tb-web-report'], kind: 'StatefulSet', category: 'addon', namespaces: ['thingsboard'], docs: 'https://thingsboard.io/docs/reference/msa/' }),
  c({ id: 'thingsboard-db-setup', names: ['tb-db-setup'], kind: 'Pod', category: 'addon', namespaces: ['thingsboard'], docs: 'https://github.com/thingsboard/thingsboard-ce-k8s#readme' }),
  // Eclipse Ditto's and Eclipse Hono's charts (and Eclipse IoT Packages' Cloud2Edge, which installs both) name their services
  // <release>-ditto-<service> and <release>-hono-<part>, Hono's adapters before 1.0 <release>-adapter-<protocol>-vertx
  // (ep/08, ep/09, ep/35): by those names only, a bare -gateway or -service-auth being anyone's.
  c({ id: 'eclipse-ditto', names: ['ditto-concierge', 'ditto-connectivity', 'ditto-gateway', 'ditto-nginx', 'ditto-policies', 'ditto-swaggerui', 'ditto-things', 'ditto-thingssearch', 'ditto-dittoui'], suffixes: ['-ditto-concierge', '-ditto-connectivity', '-ditto-gateway', '-ditto-nginx', '-ditto-policies', '-ditto-swaggerui', '-ditto-things', '-ditto-thingssearch', '-ditto-dittoui'], kind: 'Deployment', category: 'addon', namespaces: ['ditto'], docs: 'https://eclipse.dev/ditto/architecture-overview.html' }),
  c({ id: 'eclipse-hono', names: ['hono-adapter-amqp', 'hono-adapter-http', 'hono-adapter-mqtt', 'hono-adapter-coap', 'hono-adapter-lora', 'hono-adapter-sigfox', 'hono-service-auth', 'hono-service-device-registry', 'hono-service-command-router', 'hono-service-device-connection'], suffixes: ['-hono-adapter-amqp', '-hono-adapter-http', '-hono-adapter-mqtt', '-hono-adapter-coap', '-hono-adapter-lora', '-hono-adapter-sigfox', '-hono-service-auth', '-hono-service-device-registry', '-hono-service-command-router', '-hono-service-device-connection', '-adapter-amqp-vertx', '-adapter-http-vertx', '-adapter-mqtt-vertx', '-adapter-coap-vertx', '-adapter-lora-vertx'], kind: 'Deployment', category: 'addon', namespaces: ['hono'], docs: 'https://eclipse.dev/hono/docs/architecture/component-view/' }),
  c({ id: 'rabbitmq-cluster', names: [], suffixes: ['rabbitmq-server', 'rabbitmqcluster-server'], kind: 'StatefulSet', category: 'addon', namespaces: ['rabbitmq-system'], docs: 'https://www.rabbitmq.com/kubernetes/operator/using-operator' }),
  // NATS's first operators (nats-io, nats): each NatsCluster and NatsStreamingCluster runs as bare pods <cluster>-1, -2..., which they
  // recreate themselves (hunt ar/28, ar/29). Pixie's nats-operator in pl is Pixie's.
  c({ id: 'nats-operator', names: ['nats-operator', 'nats-streaming-operator'], kind: 'Deployment', category: 'addon', namespaces: ['nats-io', 'nats'], docs: 'https://github.com/nats-io/nats-operator#readme' }),
  // Pravega's zookeeper-operator runs each ZookeeperCluster as a StatefulSet of its name (zookeeper-0: hunt ar/16).
  c({ id: 'zookeeper-operator', suffixes: ['-zookeeper-operator'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/pravega/zookeeper-operator#readme' }),
  // Serverless and ML platforms: OpenFaaS (openfaas; generic names only there), Fission (fission), Seldon Core, the Spark operator.
  // OpenFaaS's Kubernetes provider ran as its own Deployment faas-netesd until 2018 (a container of the gateway pod since): a name of its own, anywhere.
  // faas-netes creates each OpenFaaS function as a Deployment named after the function, in openfaas-fn (the functions' namespace
  // unless set otherwise): there the namespace, not the name, says what it is (figlet, nodeinfo, foo; dx/01, dx/02).
  c({ id: 'openfaas-function', names: [], kind: 'Deployment', category: 'addon', namespaces: ['openfaas-fn'], onlyInNamespaces: true, docs: 'https://docs.openfaas.com/architecture/stack/' }),
  c({ id: 'openfaas', names: ['gateway', 'queue-worker', 'nats', 'faas-idler', 'basic-auth-plugin', 'kafka-connector', 'prometheus', 'alertmanager', 'faas-netesd'], generic: ['gateway', 'queue-worker', 'nats', 'faas-idler', 'basic-auth-plugin', 'kafka-connector', 'prometheus', 'alertmanager'], kind: 'Deployment', category: 'addon', namespaces: ['openfaas'], onlyInNamespaces: true, docs: 'https://docs.openfaas.com/architecture/stack/' }),
  // Fission 0.x ran its pool manager as poolmgr (executor since) and kept its state in an etcd Deployment of its own: etcd-<hash>-<5> in
  // fission is that, not the control plane's static pod (hunt ar/09). fission-all's InfluxDB holds the function logs (hunt ar/05).
  c({ id: 'fission', names: ['buildermgr', 'controller', 'executor', 'router', 'storagesvc', 'kubewatcher', 'timer', 'mqtrigger-keda', 'mqtrigger-kafka', 'mqtrigger-nats-streaming', 'poolmgr', 'etcd', 'influxdb'], generic: ['buildermgr', 'controller', 'executor', 'router', 'storagesvc', 'kubewatcher', 'timer', 'mqtrigger-keda', 'mqtrigger-kafka', 'mqtrigger-nats-streaming', 'poolmgr', 'etcd', 'influxdb'], kind: 'Deployment', category: 'addon', namespaces: ['fission'], onlyInNamespaces: true, docs: 'https://fission.io/docs/architecture/' }),
  // Fission's executors name the Deployments they run functions in by executor: poolmgr-<environment>-<ns>-<resourceVersion> for
  // an environment's warm pool (its pods taken by functions one by one), newdeploy-<function>-<ns>-<id> for a function of its
  // own. Before 1.18 they ran in fission-function, since in the function's namespace: the prefix, not the namespace, says it
  // (dx/17). container-<function>-... of the container executor is too plain a prefix to claim.
  c({ id: 'fission-function', names: [], prefixes: ['poolmgr-', 'newdeploy-'], kind: 'Deployment', category: 'addon', namespaces: ['fission-function'], docs: 'https://fission.io/docs/architecture/executor/' }),
  // Fission's chart runs its function-log collector as a DaemonSet named logger (the fission logger beside fluent-bit): only in fission.
  c({ id: 'fission-logger', names: ['logger'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['fission'], onlyInNamespaces: true, docs: 'https://fission.io/docs/architecture/' }),
  // Kubeless (kubeless): its controller manager, the trigger controllers, and the Kafka trigger's own kafka and zoo StatefulSets (hunt ar/06-08).
  c({ id: 'kubeless', names: ['kubeless-controller-manager', 'kafka-trigger-controller', 'http-trigger-controller', 'cronjob-trigger-controller', 'nats-trigger-controller'], kind: 'Deployment', category: 'addon', namespaces: ['kubeless'], docs: 'https://github.com/vmware-archive/kubeless#readme' }),
  c({ id: 'kubeless-kafka', names: ['kafka', 'zoo'], kind: 'StatefulSet', category: 'addon', namespaces: ['kubeless'], onlyInNamespaces: true, docs: 'https://github.com/vmware-archive/kubeless#readme' }),
  // Nuclio (nuclio): the controller and dashboard, and each function's Deployment nuclio-<function>, which only its namespace says (hunt ar/04).
  c({ id: 'nuclio', names: ['nuclio-controller', 'nuclio-dashboard', 'nuclio-autoscaler', 'nuclio-dlx'], kind: 'Deployment', category: 'addon', namespaces: ['nuclio'], docs: 'https://nuclio.io/docs/latest/concepts/architecture/' }),
  c({ id: 'nuclio-function', names: [], prefixes: ['nuclio-'], kind: 'Deployment', category: 'addon', namespaces: ['nuclio'], onlyInNamespaces: true, docs: 'https://nuclio.io/docs/latest/concepts/architecture/' }),
  // Apache OpenWhisk (openwhisk): its chart names its parts <release>-<part> (owdev, the docs' release), its 2017 manifests the part
  // alone (consul too: OpenWhisk's own, not HashiCorp's client). All anyone's names: only in openwhisk (hunt ar/11-15). The invoker is a
  // DaemonSet with the Docker container factory, a StatefulSet with Kubernetes'; the set-up steps are Jobs.
  // Its event providers (the alarm, Kafka and Cloudant feeds) carry names no other project gives, <release>-alarmprovider too: they
  // count anywhere, and without a namespace they place the listing in openwhisk, where its generic parts count (dx/16).
  c({ id: 'openwhisk-provider', names: ['alarmprovider', 'kafkaprovider', 'cloudantprovider'], suffixes: ['-alarmprovider', '-kafkaprovider', '-cloudantprovider'], kind: 'Deployment', category: 'addon', namespaces: ['openwhisk'], docs: 'https://github.com/apache/openwhisk-deploy-kube/blob/master/docs/configurationChoices.md' }),
  // Before the parts: its set-up Job <release>-init-couchdb would otherwise end in the parts' -couchdb (dx/09, dx/15, dx/16).
  c({ id: 'openwhisk-setup', names: ['init-couchdb', 'install-catalog', 'install-routemgmt', 'install-packages', 'gen-certs'], suffixes: ['-init-couchdb', '-install-catalog', '-install-routemgmt', '-install-packages', '-gen-certs'], kind: 'Job', category: 'addon', namespaces: ['openwhisk'], onlyInNamespaces: true, docs: 'https://github.com/apache/openwhisk-deploy-kube#readme' }),
  c({ id: 'openwhisk', names: ['controller', 'couchdb', 'kafka', 'nginx', 'zookeeper', 'consul', 'apigateway', 'redis', 'wskadmin'], generic: ['controller', 'couchdb', 'kafka', 'nginx', 'zookeeper', 'consul', 'apigateway', 'redis', 'wskadmin'], suffixes: ['-controller', '-couchdb', '-kafka', '-nginx', '-zookeeper', '-apigateway', '-redis', '-wskadmin'], kind: 'Deployment', category: 'addon', namespaces: ['openwhisk'], onlyInNamespaces: true, docs: 'https://github.com/apache/openwhisk-deploy-kube#readme' }),
  c({ id: 'openwhisk-invoker', names: ['invoker'], suffixes: ['-invoker'], kind: 'DaemonSet', category: 'addon', namespaces: ['openwhisk'], onlyInNamespaces: true, docs: 'https://github.com/apache/openwhisk-deploy-kube/blob/master/docs/configurationChoices.md' }),
  c({ id: 'seldon-controller-manager', kind: 'Deployment', category: 'addon', namespaces: ['seldon-system'], docs: 'https://docs.seldon.io/projects/seldon-core/en/latest/' }),
  // Its early operator charts ran the same controller as a StatefulSet (kubebuilder v1's), seldon-operator-controller-manager-0 (hunt ce/01).
  c({ id: 'seldon-operator-controller-manager', kind: 'StatefulSet', category: 'addon', namespaces: ['seldon-system'], docs: 'https://github.com/SeldonIO/seldon-core#readme' }),
  // Seldon Core 0.x (before its operator, 2018-2019): its chart's API server (the OAuth gateway, apife) and cluster manager, named
  // <release>-seldon-apiserver and -seldon-cluster-manager (seldon-apiserver in Kubeflow's ksonnet), and their Redis. Each
  // SeldonDeployment's predictor ran its service orchestrator as a Deployment of its own, <deployment>-<predictor>-svc-orch.
  c({ id: 'seldon-core-0x', names: ['seldon-apiserver', 'seldon-cluster-manager', 'seldon-core-redis'], suffixes: ['-seldon-apiserver', '-seldon-cluster-manager'], kind: 'Deployment', category: 'addon', namespaces: ['seldon', 'kubeflow'], docs: 'https://github.com/SeldonIO/seldon-core#readme' }),
  c({ id: 'seldon-svc-orch', names: [], suffixes: ['-svc-orch'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/SeldonIO/seldon-core#readme' }),
  // The GoogleCloudPlatform spark-on-k8s-operator's own manifest named its Deployment sparkoperator, its incubator chart <release>-sparkoperator;
  // kubeflow's chart names it <release>-spark-operator (2.x: -controller and -webhook after that) unless the release holds the word (hunt an/15).
  c({ id: 'spark-operator', names: ['spark-operator', 'spark-operator-controller', 'spark-operator-webhook', 'sparkoperator'], suffixes: ['-spark-operator', '-spark-operator-controller', '-spark-operator-webhook', '-sparkoperator'], kind: 'Deployment', category: 'addon', namespaces: ['spark-operator'], docs: 'https://www.kubeflow.org/docs/components/spark-operator/overview/' }),
  // Policy and security agents: Kubewarden, Sysdig.
  c({ id: 'kubewarden', names: ['kubewarden-controller', 'policy-server-default'], kind: 'Deployment', category: 'security', namespaces: ['kubewarden'], docs: 'https://docs.kubewarden.io/' }),
  c({ id: 'sysdig-agent', names: ['sysdig-agent', 'sysdig-agent-node-analyzer'], kind: 'DaemonSet', category: 'security', namespaces: ['sysdig-agent'], docs: 'https://docs.sysdig.com/en/docs/installation/sysdig-secure/install-agent-components/kubernetes/' }),
  // JupyterHub (Zero to JupyterHub's chart, in a namespace its users choose: jhub and jupyterhub in its docs): the hub (hub-deployment in
  // its 2016-2017 releases), the proxy users come in through (proxy-deployment then) and autohttps (Traefik for Let's Encrypt), the
  // user scheduler and the placeholder pods that keep room for users, the image pullers on every node and the upgrade hook's Job
  // that waits for them, and a bare pod per user server, jupyter-<user> (KubeSpawner). hub, proxy and the others' names are
  // generic: only in those namespaces, or where another part of the family shows (hub beside proxy). KubeSpawner's jupyter-<user>
  // pods join that family, never make it. BinderHub's chart runs this JupyterHub as its subchart in its own namespace (binderhub,
  // binder in its docs), so its hub and proxy are there too (cv/25).
  c({ id: 'jupyterhub', names: ['hub', 'hub-deployment'], generic: ['hub', 'hub-deployment'], kind: 'Deployment', category: 'addon', namespaces: ['jhub', 'jupyterhub', 'binderhub', 'binder'], onlyInNamespaces: true, family: 'jupyterhub', docs: 'https://z2jh.jupyter.org/en/stable/administrator/architecture.html' }),
  c({ id: 'jupyterhub-proxy', names: ['proxy', 'proxy-deployment', 'autohttps'], generic: ['proxy', 'proxy-deployment'], kind: 'Deployment', category: 'ingress', namespaces: ['jhub', 'jupyterhub', 'binderhub', 'binder'], onlyInNamespaces: true, family: 'jupyterhub', docs: 'https://z2jh.jupyter.org/en/stable/administrator/architecture.html' }),
  c({ id: 'jupyterhub-user-scheduler', names: ['user-scheduler'], kind: 'Deployment', category: 'addon', namespaces: ['jhub', 'jupyterhub', 'binderhub', 'binder'], onlyInNamespaces: true, family: 'jupyterhub', docs: 'https://z2jh.jupyter.org/en/stable/administrator/optimization.html' }),
  c({ id: 'jupyterhub-user-placeholder', names: ['user-placeholder'], kind: 'StatefulSet', category: 'addon', namespaces: ['jhub', 'jupyterhub', 'binderhub', 'binder'], onlyInNamespaces: true, family: 'jupyterhub', docs: 'https://z2jh.jupyter.org/en/stable/administrator/optimization.html' }),
  c({ id: 'jupyterhub-image-puller', names: ['hook-image-puller', 'continuous-image-puller'], kind: 'DaemonSet', category: 'addon', namespaces: ['jhub', 'jupyterhub', 'binderhub', 'binder'], family: 'jupyterhub', docs: 'https://z2jh.jupyter.org/en/stable/administrator/optimization.html#pulling-images-before-users-arrive' }),
  c({ id: 'jupyterhub-image-awaiter', names: ['hook-image-awaiter'], kind: 'Job', category: 'addon', namespaces: ['jhub', 'jupyterhub', 'binderhub', 'binder'], family: 'jupyterhub', docs: 'https://z2jh.jupyter.org/en/stable/administrator/optimization.html#pulling-images-before-users-arrive' }),
  c({ id: 'jupyterhub-singleuser', names: [], prefixes: ['jupyter-'], kind: 'Pod', category: 'addon', namespaces: ['jhub', 'jupyterhub', 'binderhub', 'binder'], onlyInNamespaces: true, family: 'jupyterhub', docs: 'https://z2jh.jupyter.org/en/stable/administrator/architecture.html' }),
  // Kubeflow 0.1-0.5 ran JupyterHub itself, a StatefulSet in kubeflow: tf-hub (tf-hub-0) up to 0.3, jupyter (jupyter-0) in 0.4-0.5,
  // its users' servers jupyter-<user> beside it. Generic names: only in kubeflow.
  c({ id: 'kubeflow-jupyterhub', names: ['jupyter', 'tf-hub'], kind: 'StatefulSet', category: 'addon', namespaces: ['kubeflow'], onlyInNamespaces: true, family: 'jupyterhub', docs: 'https://v0-4.kubeflow.org/docs/' }),
  // BinderHub (its chart, binderhub's docs install it as release binderhub in namespace binderhub): the binder Deployment that
  // builds repositories with repo2docker build pods and asks JupyterHub to start them, and two DaemonSets named after the release,
  // <release>-dind (Docker-in-Docker on every build node, when dind is on) and <release>-image-cleaner (prunes built images when
  // the disk fills). binder is a generic name: only in those namespaces (NVIDIA's KAI Scheduler has a binder too). eu/10.
  c({ id: 'binderhub', names: ['binder'], generic: ['binder'], kind: 'Deployment', category: 'addon', namespaces: ['binderhub', 'binder'], onlyInNamespaces: true, docs: 'https://binderhub.readthedocs.io/en/latest/overview.html' }),
  c({ id: 'binderhub-dind', names: ['binderhub-dind', 'binder-dind'], suffixes: ['-binderhub-dind'], kind: 'DaemonSet', category: 'addon', namespaces: ['binderhub', 'binder'], docs: 'https://binderhub.readthedocs.io/en/latest/customizing.html' }),
  c({ id: 'binderhub-image-cleaner', names: ['binderhub-image-cleaner', 'binder-image-cleaner'], suffixes: ['-binderhub-image-cleaner'], kind: 'DaemonSet', category: 'addon', namespaces: ['binderhub', 'binder'], docs: 'https://binderhub.readthedocs.io/en/latest/customizing.html' }),
  // ---- Data and ML platforms ----
  // Apache Flink's operator (Helm chart flink-kubernetes-operator; its Deployment keeps that name whatever the release). Cloudera's CSA
  // runs it in csa-operator. Its FlinkDeployments' pods are <name>-<hash>-<5> (JobManager) and <name>-taskmanager-<n>-<m>.
  // Apache Camel K's operator: `kamel install`, OperatorHub and its chart all name the Deployment camel-k-operator (fe/06); it builds
  // each Integration and runs it as a Deployment named after the Integration, which stays the user's workload.
  c({ id: 'camel-k-operator', kind: 'Deployment', category: 'addon', namespaces: ['camel-k', 'default'], docs: 'https://camel.apache.org/camel-k/latest/architecture/operator.html' }),
  c({ id: 'flink-kubernetes-operator', kind: 'Deployment', category: 'addon', namespaces: ['flink', 'flink-operator', 'flink-kubernetes-operator', 'csa-operator'], docs: 'https://nightlies.apache.org/flink/flink-kubernetes-operator-docs-stable/' }),
  // Before it, GoogleCloudPlatform's flink-on-k8s-operator (continued by Spotify): kubebuilder's layout in flink-operator-system (hunt an/01).
  c({ id: 'flink-on-k8s-operator', names: ['flink-operator-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['flink-operator-system'], docs: 'https://github.com/GoogleCloudPlatform/flink-on-k8s-operator#readme' }),
  // The Spark history server (from its own chart, data-on-eks, or a manifest): installs choose their namespace, so none is claimed.
  c({ id: 'spark-history-server', kind: 'Deployment', category: 'dashboard', namespaces: [], docs: 'https://spark.apache.org/docs/latest/monitoring.html#viewing-after-the-fact' }),
  // The Spark operator's older Helm charts (GoogleCloudPlatform/spark-on-k8s-operator) ran Helm-hook Jobs <fullname>-webhook-init (makes
  // the webhook's certificate) and -webhook-cleanup. Its own entry, not a name of spark-operator: a Job kind makes its pod Job/high,
  // and its Completed is its normal end (spark-operator is a Deployment whose pods should run).
  c({ id: 'spark-operator-webhook-init', names: ['spark-operator-webhook-init', 'spark-operator-webhook-cleanup'], suffixes: ['-spark-operator-webhook-init', '-spark-operator-webhook-cleanup'], kind: 'Job', category: 'addon', namespaces: ['spark-operator'], docs: 'https://www.kubeflow.org/docs/components/spark-operator/overview/' }),
  // Apache Airflow's official chart names its parts <release>-<part> (release airflow: airflow-scheduler); the community chart names
  // them <release>-airflow-<part> unless the release holds 'airflow'. Those names count anywhere; the bare <release>-<part> forms
  // (-scheduler, -worker...) are generic, so airflow-release takes them only in the airflow namespace.
  // The official chart's Jobs (Helm hooks): <release>-run-airflow-migrations and <release>-create-user. Their own entry, not names of
  // airflow: a Job kind makes their pods Job/high while they run, and Completed is their end (hunt ak/17, ak/20).
  c({ id: 'airflow-job', names: ['airflow-run-airflow-migrations', 'airflow-create-user'], suffixes: ['-run-airflow-migrations', '-airflow-create-user'], kind: 'Job', category: 'addon', namespaces: ['airflow'], docs: 'https://airflow.apache.org/docs/helm-chart/stable/index.html' }),
  // The community chart (airflow-helm/charts, 8.x) runs its migrations and its users', connections', pools' and variables'
  // sync as Deployments (<release>-db-migrations, <release>-sync-users...), and its Celery broker as Bitnami Redis's
  // <release>-redis-master StatefulSet (hunt cr/09).
  c({ id: 'airflow', names: ['airflow-scheduler', 'airflow-webserver', 'airflow-triggerer', 'airflow-statsd', 'airflow-worker', 'airflow-api-server', 'airflow-dag-processor', 'airflow-flower', 'airflow-web', 'airflow-redis', 'airflow-postgresql', 'airflow-pgbouncer', 'airflow-db-migrations', 'airflow-sync-users', 'airflow-sync-connections', 'airflow-sync-pools', 'airflow-sync-variables', 'airflow-redis-master'], suffixes: ['-airflow-scheduler', '-airflow-webserver', '-airflow-triggerer', '-airflow-statsd', '-airflow-worker', '-airflow-api-server', '-airflow-dag-processor', '-airflow-flower', '-airflow-web', '-airflow-redis', '-airflow-postgresql', '-airflow-pgbouncer', '-airflow-db-migrations', '-airflow-sync-users', '-airflow-sync-connections', '-airflow-sync-pools', '-airflow-sync-variables', '-airflow-redis-master'], kind: 'Deployment', category: 'addon', namespaces: ['airflow'], docs: 'https://airflow.apache.org/docs/helm-chart/stable/index.html' }),
  c({ id: 'airflow-release', names: [], suffixes: ['-scheduler', '-webserver', '-triggerer', '-statsd', '-worker', '-api-server', '-dag-processor', '-flower', '-create-user'], kind: 'Deployment', category: 'addon', namespaces: ['airflow'], onlyInNamespaces: true, docs: 'https://airflow.apache.org/docs/helm-chart/stable/index.html' }),
  // Kubeflow (namespace kubeflow; profile namespaces such as kubeflow-user-example-com get KFP's artifact UI and visualization
  // server from kubeflow-pipelines-profile-controller). KFP's own names count anywhere; its storage and cache parts have generic
  // names (minio, mysql, seaweedfs since KFP 2.5, cache-server, metadata-writer), so they count only in kubeflow. Its Argo
  // workflow-controller is matched by argo-workflow-controller.
  c({ id: 'kubeflow-pipelines', names: ['ml-pipeline', 'ml-pipeline-ui', 'ml-pipeline-persistenceagent', 'ml-pipeline-scheduledworkflow', 'ml-pipeline-viewer-crd', 'ml-pipeline-visualizationserver', 'ml-pipeline-ui-artifact', 'metadata-envoy-deployment', 'metadata-grpc-deployment', 'metadata-writer', 'cache-server', 'cache-deployer-deployment', 'kubeflow-pipelines-profile-controller', 'minio', 'mysql', 'seaweedfs'], generic: ['metadata-writer', 'cache-server', 'minio', 'mysql', 'seaweedfs'], kind: 'Deployment', category: 'addon', namespaces: ['kubeflow'], onlyInNamespaces: true, docs: 'https://www.kubeflow.org/docs/components/pipelines/overview/' }),
  // KFP's inverse-proxy agent (manifests' env/dev and env/gcp): registers the UI with Google's inverting proxy through GCP's metadata
  // server, so off Google Cloud it crash-loops while the pipelines work (kubeflow/pipelines#5553, #9719; ed/05). A generic name: in kubeflow only.
  c({ id: 'kfp-proxy-agent', names: ['proxy-agent'], generic: ['proxy-agent'], kind: 'Deployment', category: 'addon', namespaces: ['kubeflow'], onlyInNamespaces: true, docs: 'https://github.com/kubeflow/pipelines/tree/master/proxy' }),
  // KFP v2 runs each pipeline as an Argo Workflow whose templates are system-dag-driver, system-container-driver and system-container-impl
  // (hunt cj/22): known by those parts of a Workflow's pod, see kfpStep in explain.
  c({ id: 'kfp-driver', names: [], kind: 'Pod', category: 'addon', namespaces: [], docs: 'https://github.com/kubeflow/pipelines/tree/master/backend/src/v2#readme' }),
  c({ id: 'kfp-executor', names: [], kind: 'Pod', category: 'addon', namespaces: [], docs: 'https://github.com/kubeflow/pipelines/tree/master/backend/src/v2#readme' }),
  // OpenShift AI's (Open Data Hub's) pipeline server: the data-science-pipelines-operator deploys KFP's parts for each
  // DataSciencePipelinesApplication in its project's namespace as ds-pipeline-<part>-<dspa> (ds-pipeline-<dspa> the API server; hunt bg/15).
  c({ id: 'ds-pipelines', names: [], prefixes: ['ds-pipeline-'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/opendatahub-io/data-science-pipelines-operator#readme' }),
  // Notebooks and the other web apps (tensorboard-controller-controller-manager up to Kubeflow 1.7; jupyter-web-app in 0.5-0.7).
  c({ id: 'kubeflow-notebooks', names: ['jupyter-web-app-deployment', 'jupyter-web-app', 'notebook-controller-deployment', 'volumes-web-app-deployment', 'tensorboards-web-app-deployment', 'tensorboard-controller-deployment', 'tensorboard-controller-controller-manager', 'pvcviewer-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['kubeflow'], docs: 'https://www.kubeflow.org/docs/components/notebooks/overview/' }),
  c({ id: 'kubeflow-centraldashboard', names: ['centraldashboard'], kind: 'Deployment', category: 'dashboard', namespaces: ['kubeflow'], docs: 'https://www.kubeflow.org/docs/components/central-dash/overview/' }),
  // Generic names (an app's profiles service, lxcfs-admission-webhook-deployment's kin): only in kubeflow.
  c({ id: 'kubeflow-profiles', names: ['profiles-deployment'], kind: 'Deployment', category: 'security', namespaces: ['kubeflow'], onlyInNamespaces: true, docs: 'https://www.kubeflow.org/docs/components/central-dash/profiles/' }),
  c({ id: 'kubeflow-admission-webhook', names: ['admission-webhook-deployment'], kind: 'Deployment', category: 'addon', namespaces: ['kubeflow'], onlyInNamespaces: true, docs: 'https://github.com/kubeflow/kubeflow/tree/master/components/admission-webhook' }),
  // Kubeflow 1.0's manifests: a StatefulSet that makes the PodDefault webhook's certificate and puts it in the webhook's
  // configuration, and kubernetes-sigs' Application controller, which sums up each Kubeflow application's parts. Only in kubeflow.
  c({ id: 'kubeflow-admission-webhook-bootstrap', names: ['admission-webhook-bootstrap-stateful-set'], kind: 'StatefulSet', category: 'addon', namespaces: ['kubeflow'], onlyInNamespaces: true, docs: 'https://github.com/kubeflow/manifests/tree/v1.0-branch/admission-webhook' }),
  c({ id: 'kubeflow-application-controller', names: ['application-controller-stateful-set'], kind: 'StatefulSet', category: 'addon', namespaces: ['kubeflow'], onlyInNamespaces: true, docs: 'https://github.com/kubernetes-sigs/application#readme' }),
  // Kubeflow Metadata (Kubeflow 0.6-1.0): its API server, MySQL database and UI, kustomize's metadata- prefix on generic names: only
  // in kubeflow (a lab's own metadata-deployment is not Kubeflow's).
  c({ id: 'kubeflow-metadata', names: ['metadata-deployment', 'metadata-db', 'metadata-ui'], kind: 'Deployment', category: 'addon', namespaces: ['kubeflow'], onlyInNamespaces: true, docs: 'https://github.com/kubeflow/metadata#readme' }),
  // Katib (kubeflow; standalone installs too). katib-db and katib-manager: Katib before v1beta1. Katib v1alpha1 (Kubeflow 0.4-0.5) was
  // Vizier: vizier-core, its REST gateway, vizier-db, a vizier-suggestion-<algorithm> per algorithm and the studyjob-controller. Generic
  // names: only in kubeflow.
  c({ id: 'katib', names: ['katib-controller', 'katib-db-manager', 'katib-mysql', 'katib-postgres', 'katib-ui', 'katib-db', 'katib-manager', 'vizier-core', 'vizier-core-rest', 'vizier-db', 'studyjob-controller'], generic: ['vizier-core', 'vizier-core-rest', 'vizier-db', 'studyjob-controller'], prefixes: ['vizier-suggestion-'], onlyInNamespaces: true, kind: 'Deployment', category: 'addon', namespaces: ['kubeflow'], docs: 'https://www.kubeflow.org/docs/components/katib/overview/' }),
  // A Katib Experiment's Suggestion, the Deployment <experiment>-<algorithm> that proposes its trials' hyperparameters, in the user's
  // namespace: read beside the trials (see katibSuggestions in explain).
  c({ id: 'katib-suggestion', names: [], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://www.kubeflow.org/docs/components/katib/reference/architecture/' }),
  // KServe's controller (kserve; kubeflow in Kubeflow's manifests): a Deployment today, a StatefulSet (kserve-controller-manager-0)
  // in older releases, and kfserving-controller-manager-0 before the rename (kfserving-system).
  c({ id: 'kserve-controller-manager', names: ['kserve-controller-manager', 'kfserving-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['kserve', 'kubeflow', 'kfserving-system'], docs: 'https://www.kubeflow.org/docs/components/kserve/introduction/' }),
  // KServe's LocalModel controller (0.14+, an add-on in kserve): caches models on the nodes' local disks for LocalModelCache resources.
  c({ id: 'kserve-localmodel-controller', names: ['kserve-localmodel-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['kserve'], docs: 'https://kserve.github.io/website/docs/install/localmodel-install' }),
  c({ id: 'kserve-models-web-app', names: ['kserve-models-web-app', 'kfserving-models-web-app'], kind: 'Deployment', category: 'dashboard', namespaces: ['kubeflow'], docs: 'https://www.kubeflow.org/docs/components/kserve/webapp/' }),
  // An InferenceService's model server in serverless mode: Knative runs each revision of its predictor (transformer, explainer) as the
  // Deployment <isvc>-predictor-default-<revision>-deployment (<isvc>-predictor-<revision>-deployment since KServe 0.7), in the
  // user's namespace; the revision is five characters (00001, or a random suffix). Read by that shape: see kserveRevision.
  c({ id: 'kserve-predictor', names: [], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://www.kubeflow.org/docs/components/kserve/introduction/' }),
  // The same for its transformer (pre- and post-processing in front of the predictor) and its explainer.
  c({ id: 'kserve-transformer', names: [], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://kserve.github.io/website/latest/modelserving/v1beta1/transformer/torchserve_image_transformer/' }),
  c({ id: 'kserve-explainer', names: [], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://kserve.github.io/website/latest/modelserving/explainer/explainer/' }),
  // Any other Knative Service's revision: Knative Serving names its Deployment <revision>-deployment, the revision <service>-<5 digits>
  // (a KServe InferenceGraph's router, model-chainer-00001-deployment: hunt bc/10). After KServe's parts, which say more.
  c({ id: 'knative-revision', names: [], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://knative.dev/docs/serving/revisions/' }),
  // RawDeployment (Standard) mode, KServe's default since 0.15: a plain Deployment <isvc>-predictor (-transformer, -explainer for the other
  // parts), no Knative (hunt ai/04). Only -predictor: the other two words are anyone's.
  c({ id: 'kserve-raw-predictor', names: [], suffixes: ['-predictor', '-predictor-default'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://kserve.github.io/website/latest/admin/kubernetes_deployment/' }),
  // KServe's LLMInferenceService controller (kserve.yaml since 0.16, in kserve): runs LLMs with llm-d's scheduler, prefill and decode pods.
  c({ id: 'kserve-llmisvc-controller', names: ['llmisvc-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['kserve'], docs: 'https://kserve.github.io/website/docs/install/kserve-install' }),
  // What it makes of each LLMInferenceService, in the user's namespace: the model server <llmisvc>-kserve (the decode side with
  // prefill split off), <llmisvc>-kserve-prefill, and the scheduler <llmisvc>-kserve-router-scheduler (llm-d's endpoint picker) (hunt bc/08).
  c({ id: 'kserve-llmisvc-server', names: [], suffixes: ['-kserve', '-kserve-prefill'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://kserve.github.io/website/docs/model-serving/generative-inference/llmisvc/llmisvc-overview' }),
  c({ id: 'kserve-llmisvc-scheduler', names: [], suffixes: ['-kserve-router-scheduler'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://kserve.github.io/website/docs/model-serving/generative-inference/llmisvc/llmisvc-overview' }),
  // NVIDIA's NIM Operator (Helm chart k8s-nim-operator, namespace nim-operator in its docs): <release>-k8s-nim-operator (hunts bc/04, bc/09).
  c({ id: 'nim-operator', names: ['k8s-nim-operator'], suffixes: ['-k8s-nim-operator'], kind: 'Deployment', category: 'addon', namespaces: ['nim-operator'], docs: 'https://docs.nvidia.com/nim-operator/latest/' }),
  // llm-d (its deployer's chart, namespace llm-d by default): the ModelService controller, which makes each model's prefill and decode
  // Deployments and its endpoint picker, and the Gateway's proxy (kgateway names its Deployment after the Gateway, Istio adds -istio).
  // The endpoint picker (Gateway API Inference Extension's EPP, <pool>-epp) has a short, plain suffix: in llm-d, or beside the others.
  c({ id: 'llm-d-modelservice', kind: 'Deployment', category: 'addon', namespaces: ['llm-d'], family: 'llm-d', docs: 'https://github.com/llm-d/llm-d-deployer#readme' }),
  c({ id: 'llm-d-inference-gateway', names: ['llm-d-inference-gateway', 'llm-d-inference-gateway-istio'], kind: 'Deployment', category: 'ingress', namespaces: ['llm-d'], family: 'llm-d', docs: 'https://github.com/llm-d/llm-d-deployer#readme' }),
  // Since llm-d 0.2 its guides install a model through the llm-d-modelservice chart (release ms-<guide>): the model servers are the
  // Deployments <release>-llm-d-modelservice-decode and -prefill (vLLM, the decode side with llm-d's routing sidecar beside it), the
  // endpoint picker comes from the inferencepool chart (gaie-<guide>-epp) (llm-d-infra#131, llm-d#394; hunt dg/12).
  c({ id: 'llm-d-model-server', names: [], suffixes: ['-llm-d-modelservice-decode', '-llm-d-modelservice-prefill'], kind: 'Deployment', category: 'addon', namespaces: [], family: 'llm-d', docs: 'https://github.com/llm-d-incubation/llm-d-modelservice#readme' }),
  // The llm-d-infra chart (since llm-d 0.2, release infra-<guide>) names the Gateway <release>-inference-gateway: kgateway's proxy
  // Deployment takes that name (Istio's adds -istio, and istio-gateway-api reads it). Anyone may name a Gateway so: in llm-d, or
  // beside its other parts.
  c({ id: 'llm-d-infra-gateway', names: [], suffixes: ['-inference-gateway'], kind: 'Deployment', category: 'ingress', namespaces: ['llm-d'], onlyInNamespaces: true, family: 'llm-d', docs: 'https://github.com/llm-d-incubation/llm-d-infra#readme' }),
  c({ id: 'inference-endpoint-picker', names: [], suffixes: ['-epp'], kind: 'Deployment', category: 'addon', namespaces: ['llm-d'], onlyInNamespaces: true, family: 'llm-d', docs: 'https://gateway-api-inference-extension.sigs.k8s.io/' }),
  // Kubeflow's Training Operator (v1; tf-job-operator and pytorch-operator before it). training-operator is a generic name: only in kubeflow.
  c({ id: 'kubeflow-training-operator', names: ['training-operator', 'tf-job-operator', 'pytorch-operator'], generic: ['training-operator'], kind: 'Deployment', category: 'addon', namespaces: ['kubeflow'], onlyInNamespaces: true, docs: 'https://www.kubeflow.org/docs/components/trainer/legacy-v1/overview/' }),
  // Kubeflow Trainer v2 (kubeflow-system), which runs TrainJobs as JobSets; JobSet's controller comes with it (jobset-system on its own:
  // jobset-controller-manager from the release manifests, <fullname>-controller from the Helm chart, hunt bg/03).
  c({ id: 'kubeflow-trainer', names: ['kubeflow-trainer-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['kubeflow-system'], docs: 'https://www.kubeflow.org/docs/components/trainer/overview/' }),
  c({ id: 'jobset', names: ['jobset-controller-manager', 'jobset-controller'], kind: 'Deployment', category: 'addon', namespaces: ['jobset-system', 'kubeflow-system'], docs: 'https://github.com/kubernetes-sigs/jobset#readme' }),
  // Red Hat's JobSet Operator (openshift-jobset-operator) installs and upgrades the JobSet controller above (hunt ai/19).
  c({ id: 'jobset-operator', kind: 'Deployment', category: 'addon', namespaces: ['openshift-jobset-operator'], docs: 'https://github.com/openshift/jobset-operator#readme' }),
  // LeaderWorkerSet's controller (lws-system): runs each group of a LeaderWorkerSet as a leader StatefulSet <lws> (pods <lws>-<group>) and a
  // worker StatefulSet per group (<lws>-<group>-<index>), for multi-node inference (hunts ai/01, ai/20).
  c({ id: 'lws-controller-manager', kind: 'Deployment', category: 'addon', namespaces: ['lws-system'], docs: 'https://lws.sigs.k8s.io/docs/' }),
  // NVIDIA Dynamo's platform chart (release dynamo-platform by its docs; hunts ai/11, ai/12, ai/21, ai/24): the operator that runs each
  // DynamoGraphDeployment's services, and the etcd and NATS its workers use to find and call each other; older releases also ran an API
  // store (with PostgreSQL and MinIO) and BuildKit for the operator's image builds. Grove, its gang scheduling layer, runs the services
  // as PodCliques (<deployment>-<replica>-<service>-<5>).
  c({ id: 'dynamo-operator', names: ['dynamo-operator-controller-manager'], suffixes: ['-dynamo-operator-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['dynamo-system', 'dynamo-cloud', 'dynamo-kubernetes'], docs: 'https://github.com/ai-dynamo/dynamo#readme' }),
  c({ id: 'dynamo-platform', names: ['dynamo-platform-etcd', 'dynamo-platform-nats', 'dynamo-platform-nats-box', 'dynamo-platform-dynamo-api-store', 'dynamo-platform-dynamo-operator-buildkitd', 'dynamo-platform-postgresql', 'dynamo-platform-minio'], kind: 'StatefulSet', category: 'addon', namespaces: ['dynamo-system', 'dynamo-cloud', 'dynamo-kubernetes'], docs: 'https://github.com/ai-dynamo/dynamo#readme' }),
  c({ id: 'grove-operator', kind: 'Deployment', category: 'addon', namespaces: ['grove-system', 'dynamo-system'], docs: 'https://github.com/ai-dynamo/grove#readme' }),
  // kgateway (kgateway-system), the Gateway API implementation (Envoy) llm-d's quickstart installs; each Gateway gets a proxy Deployment named after it.
  c({ id: 'kgateway', kind: 'Deployment', category: 'ingress', namespaces: ['kgateway-system'], docs: 'https://kgateway.dev/docs/' }),
  // Metacontroller, a StatefulSet (metacontroller-0): Kubeflow runs it for kubeflow-pipelines-profile-controller.
  c({ id: 'metacontroller', kind: 'StatefulSet', category: 'addon', namespaces: ['kubeflow', 'metacontroller'], docs: 'https://metacontroller.github.io/metacontroller/' }),
  // Knative's Istio gateway for cluster-internal traffic (Kubeflow installs it for KServe); newer Knative uses knative-local-gateway instead.
  c({ id: 'cluster-local-gateway', kind: 'Deployment', category: 'ingress', namespaces: ['istio-system'], docs: 'https://knative.dev/docs/serving/services/private-services/' }),
  // Kubeflow's sign-in: Dex (the manifests' OIDC provider, in auth) and oidc-authservice (a StatefulSet in istio-system that Istio's
  // ingress gateway asks before each request; oauth2-proxy replaced it in Kubeflow 1.9). Kubeflow up to 0.4 routed its UIs through an
  // Ambassador gateway in kubeflow. Generic names, only there.
  c({ id: 'kubeflow-dex', names: ['dex'], generic: ['dex'], kind: 'Deployment', category: 'security', namespaces: ['auth'], onlyInNamespaces: true, docs: 'https://github.com/kubeflow/manifests#dex' }),
  // Dex from its own chart (dexidp's dex/dex: <release>-dex unless the release holds the name) or chectl's, in namespaces of their own
  // (dex, skas-system: hunt au/24, av/13). Kubeflow's is the one above, in auth.
  c({ id: 'dex', suffixes: ['-dex'], kind: 'Deployment', category: 'security', namespaces: ['dex'], docs: 'https://dexidp.io/docs/' }),
  // Gangway (Heptio's, archived): the web page where people log in through Dex and get a kubeconfig; SUSE CaaSP runs it as
  // oidc-gangway beside oidc-dex (eo/18). `gangway` alone is a common word: only in kube-system or its own namespace.
  c({ id: 'gangway', names: ['gangway', 'oidc-gangway'], generic: ['gangway'], kind: 'Deployment', category: 'security', namespaces: ['kube-system', 'gangway'], onlyInNamespaces: true, docs: 'https://github.com/vmware-archive/gangway#readme' }),
  // Keycloak: Bitnami's and codecentric's charts run it as the StatefulSet <release>-keycloak (keycloak when the release holds the name), Che 7
  // and OpenShift templates as keycloak; the Bitnami chart's keycloak-config-cli Job imports realms (hunt av/18-22). The Keycloak
  // Operator names its StatefulSet after the Keycloak resource: left out. Its kind stays Deployment: a StatefulSet would vouch for every
  // <x>-keycloak-<n>, and a database kept for it and named so (CloudNativePG's cnpg-keycloak-1, hunt aj/22) is none: the <release>-keycloak
  // ending is read by keycloakRelease, which leaves those out.
  c({ id: 'keycloak', kind: 'Deployment', category: 'security', namespaces: ['keycloak'], docs: 'https://www.keycloak.org/guides' }),
  c({ id: 'keycloak-config-cli', suffixes: ['-keycloak-config-cli'], kind: 'Job', category: 'security', namespaces: ['keycloak'], docs: 'https://github.com/adorsys/keycloak-config-cli#readme' }),
  c({ id: 'keycloak-operator', names: ['keycloak-operator', 'rhsso-operator', 'rhbk-operator'], kind: 'Deployment', category: 'security', namespaces: ['keycloak'], docs: 'https://www.keycloak.org/operator/installation' }),
  // Teleport: the teleport-cluster chart runs its auth service and its proxy as the Deployments <release>-auth and <release>-proxy
  // (release teleport-cluster in every guide, sealos' image too: ey/08); `-auth` and `-proxy` alone are anyone's endings, so only the
  // guides' release is known. The teleport-kube-agent chart's agent joins a cluster to it, a StatefulSet named after its release.
  c({ id: 'teleport-cluster', names: ['teleport-cluster-auth', 'teleport-cluster-proxy'], kind: 'Deployment', category: 'security', namespaces: ['teleport', 'teleport-cluster'], docs: 'https://goteleport.com/docs/reference/helm-reference/teleport-cluster/' }),
  c({ id: 'teleport-kube-agent', kind: 'StatefulSet', category: 'security', namespaces: ['teleport', 'teleport-agent'], docs: 'https://goteleport.com/docs/reference/helm-reference/teleport-kube-agent/' }),
  // authentik's chart: the server (web UI, API, outposts' endpoint) and the worker (background tasks, migrations' follow-ups), Deployments
  // <release>-server and <release>-worker; release authentik in its guide (ey/09, ey/10).
  c({ id: 'authentik', names: ['authentik-server', 'authentik-worker'], suffixes: ['-authentik-server', '-authentik-worker'], kind: 'Deployment', category: 'security', namespaces: ['authentik'], docs: 'https://docs.goauthentik.io/docs/install-config/install/kubernetes' }),
  // Ory's charts (ory/k8s): Hydra (OAuth2 and OpenID Connect), Kratos (identities and sign-in), Keto (permissions) and Oathkeeper
  // (an identity-aware proxy), each the Deployment <release>-<chart> (the chart's name alone when the release holds it), with
  // hydra-maester and oathkeeper-maester turning their custom resources into clients and rules. `hydra` is also anyone's word:
  // only in ory. The migrations run as the <fullname>-automigrate Job (a pre-install hook) or an init container (ey/13, ey/14).
  c({ id: 'ory', names: ['hydra', 'kratos', 'keto', 'oathkeeper', 'hydra-hydra-maester', 'oathkeeper-oathkeeper-maester', 'kratos-selfservice-ui-node'], generic: ['hydra'], suffixes: ['-hydra-maester', '-oathkeeper-maester', '-kratos', '-keto', '-oathkeeper', '-kratos-selfservice-ui-node'], kind: 'Deployment', category: 'security', namespaces: ['ory'], onlyInNamespaces: true, docs: 'https://k8s.ory.sh/helm/' }),
  c({ id: 'ory-kratos-courier', names: ['kratos-courier'], suffixes: ['-kratos-courier'], kind: 'StatefulSet', category: 'security', namespaces: ['ory'], docs: 'https://k8s.ory.sh/helm/kratos.html' }),
  c({ id: 'ory-automigrate', names: ['hydra-automigrate', 'kratos-automigrate', 'keto-automigrate'], suffixes: ['-hydra-automigrate', '-kratos-automigrate', '-keto-automigrate'], kind: 'Job', category: 'security', namespaces: ['ory'], docs: 'https://k8s.ory.sh/helm/' }),
  // ZITADEL's chart: the zitadel-init and zitadel-setup Jobs (pre-install and pre-upgrade hooks: the database and its user, then the
  // migrations) before the zitadel Deployment starts; zitadel-login is the login UI newer releases run apart (ey/03).
  c({ id: 'zitadel-job', names: ['zitadel-init', 'zitadel-setup'], suffixes: ['-zitadel-init', '-zitadel-setup'], kind: 'Job', category: 'security', namespaces: ['zitadel'], docs: 'https://zitadel.com/docs/self-hosting/deploy/kubernetes' }),
  c({ id: 'zitadel', names: ['zitadel', 'zitadel-login'], suffixes: ['-zitadel-login'], kind: 'Deployment', category: 'security', namespaces: ['zitadel'], docs: 'https://zitadel.com/docs/self-hosting/deploy/kubernetes' }),
  // Eclipse Che (chectl or its operator, eclipse-che; che in Che 7): the server, dashboard and gateway, the registries, the operator
  // (hunt av/11-13). che and the registries are anyone's names: only in Che's namespaces. The DevWorkspace Operator, which runs every
  // workspace's pod, in devworkspace-controller (openshift-operators on OpenShift).
  // Red Hat's builds of it name the server and operator after the product: CodeReady Workspaces 1-2 (codeready, fg/10) and
  // OpenShift Dev Spaces 3 (devspaces, devspaces-dashboard), in a project of the admin's choosing: their names count anywhere.
  c({ id: 'eclipse-che', names: ['che', 'che-dashboard', 'che-gateway', 'che-operator', 'devfile-registry', 'plugin-registry', 'codeready', 'codeready-operator', 'devspaces', 'devspaces-dashboard', 'devspaces-operator'], generic: ['che', 'devfile-registry', 'plugin-registry'], kind: 'Deployment', category: 'addon', namespaces: ['eclipse-che', 'che'], onlyInNamespaces: true, docs: 'https://eclipse.dev/che/docs/stable/administration-guide/architecture-overview/' }),
  // Each workspace's own pod: the DevWorkspace Operator's Deployment named after the DevWorkspace's id, workspace<16 hex>
  // (fg/06), and before it (Che 7.0-7.41) the Che server's workspace<16 alphanumerics>.<machine> (che-jwtproxy, a devfile
  // component): no fixed name, a shape (cheWorkspace). Users' development environments, in their own namespaces.
  c({ id: 'che-workspace', names: [], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://eclipse.dev/che/docs/stable/administration-guide/devworkspace-operator/' }),
  // Gitpod self-hosted (its installer, 2021-2023, and the Helm chart before it; fg/03, fg/04), in gitpod (the chart: the release's
  // namespace). Its own names count anywhere; the generic ones (server, proxy, dashboard, messagebus, migrations...) only in gitpod.
  // ws-daemon and agent-smith run on every workspace node, registry-facade serves the workspace images to the node's runtime.
  c({ id: 'gitpod', names: ['blobserve', 'content-service', 'dashboard', 'ide-proxy', 'ide-service', 'ide-metrics', 'image-builder', 'image-builder-mk3', 'messagebus', 'openvsx-proxy', 'proxy', 'public-api-server', 'server', 'usage', 'ws-manager', 'ws-manager-mk2', 'ws-manager-bridge', 'ws-proxy', 'ws-scheduler', 'node-labeler'], generic: ['content-service', 'dashboard', 'ide-proxy', 'ide-service', 'ide-metrics', 'image-builder', 'messagebus', 'proxy', 'public-api-server', 'server', 'usage', 'node-labeler'], kind: 'Deployment', category: 'addon', namespaces: ['gitpod'], onlyInNamespaces: true, docs: 'https://github.com/gitpod-io/gitpod/tree/main/components#readme' }),
  c({ id: 'gitpod-node', names: ['ws-daemon', 'agent-smith', 'registry-facade', 'node-daemon'], generic: ['node-daemon'], kind: 'DaemonSet', category: 'addon', namespaces: ['gitpod'], onlyInNamespaces: true, docs: 'https://github.com/gitpod-io/gitpod/tree/main/components/ws-daemon#readme' }),
  c({ id: 'gitpod-job', names: ['migrations', 'gitpod-telemetry'], generic: ['migrations'], kind: 'Job', category: 'addon', namespaces: ['gitpod'], onlyInNamespaces: true, docs: 'https://github.com/gitpod-io/gitpod/tree/main/install/installer#readme' }),
  c({ id: 'devworkspace-operator', names: ['devworkspace-controller-manager', 'devworkspace-webhook-server'], kind: 'Deployment', category: 'addon', namespaces: ['devworkspace-controller', 'openshift-operators'], docs: 'https://github.com/devfile/devworkspace-operator#readme' }),
  c({ id: 'kubeflow-authservice', names: ['authservice'], generic: ['authservice'], kind: 'StatefulSet', category: 'security', namespaces: ['istio-system'], onlyInNamespaces: true, docs: 'https://github.com/arrikto/oidc-authservice#readme' }),
  // Charmed Kubeflow (Canonical's bundle, on MicroK8s and elsewhere) signs users in through oidc-gatekeeper, its authservice.
  c({ id: 'oidc-gatekeeper', kind: 'Deployment', category: 'security', namespaces: ['kubeflow'], docs: 'https://github.com/canonical/oidc-gatekeeper-operator#readme' }),
  c({ id: 'kubeflow-ambassador', names: ['ambassador'], generic: ['ambassador'], kind: 'Deployment', category: 'ingress', namespaces: ['kubeflow'], onlyInNamespaces: true, docs: 'https://v0-4.kubeflow.org/docs/' }),

  // ---- Observability ----
  // Thanos: bitnami's chart names its parts <fullname>-<part> (fullname thanos when the release holds the chart's name, else
  // <release>-thanos): query, query-frontend, storegateway (sharded: storegateway-<n>), compactor, ruler, receive (and
  // receive-distributor in dual mode), bucketweb. kube-thanos names them thanos-query, thanos-query-frontend, thanos-store (sharded:
  // thanos-store-<n>), thanos-compact, thanos-rule, thanos-receive (a StatefulSet per hashring, thanos-receive-<hashring>) and
  // thanos-bucket (thanos-bucket-replicate beside it); its older releases thanos-querier, thanos-compactor and thanos-ruler. The
  // Prometheus Operator runs a ThanosRuler as the StatefulSet thanos-ruler-<name> (OpenShift's user workload monitoring:
  // thanos-ruler-user-workload), OpenShift's monitoring its querier as thanos-querier. The sidecar is a container of each Prometheus
  // pod, not a pod of its own.
  c({ id: 'thanos-query', names: ['thanos-query', 'thanos-querier'], suffixes: ['-thanos-query', '-thanos-querier'], kind: 'Deployment', category: 'monitoring', namespaces: THANOS_NAMESPACES, docs: `${THANOS}query.md/` }),
  c({ id: 'thanos-query-frontend', suffixes: ['-thanos-query-frontend'], kind: 'Deployment', category: 'monitoring', namespaces: THANOS_NAMESPACES, docs: `${THANOS}query-frontend.md/` }),
  c({ id: 'thanos-store', names: ['thanos-store', 'thanos-storegateway', 'thanos-store-gateway'], prefixes: ['thanos-store-', 'thanos-storegateway-'], suffixes: ['-thanos-storegateway', '-thanos-store'], kind: 'StatefulSet', category: 'monitoring', namespaces: THANOS_NAMESPACES, docs: `${THANOS}store.md/` }),
  c({ id: 'thanos-compactor', names: ['thanos-compact', 'thanos-compactor'], prefixes: ['thanos-compact-'], suffixes: ['-thanos-compactor', '-thanos-compact'], kind: 'StatefulSet', category: 'monitoring', namespaces: THANOS_NAMESPACES, docs: `${THANOS}compact.md/` }),
  c({ id: 'thanos-ruler', names: ['thanos-rule', 'thanos-ruler'], prefixes: ['thanos-ruler-'], suffixes: ['-thanos-ruler', '-thanos-rule'], kind: 'StatefulSet', category: 'monitoring', namespaces: THANOS_NAMESPACES, docs: `${THANOS}rule.md/` }),
  c({ id: 'thanos-receive', names: ['thanos-receive', 'thanos-receive-distributor'], prefixes: ['thanos-receive-'], suffixes: ['-thanos-receive', '-thanos-receive-distributor'], kind: 'StatefulSet', category: 'monitoring', namespaces: THANOS_NAMESPACES, docs: `${THANOS}receive.md/` }),
  c({ id: 'thanos-bucket', names: ['thanos-bucket', 'thanos-bucketweb', 'thanos-bucket-replicate'], suffixes: ['-thanos-bucketweb'], kind: 'Deployment', category: 'monitoring', namespaces: THANOS_NAMESPACES, docs: `${THANOS}tools.md/` }),
  // Grafana Mimir (mimir-distributed chart: release mimir gives mimir-<part>, release mimir-distributed mimir-distributed-<part>, release lgtm of lgtm-distributed gives lgtm-mimir-<part>),
  // grouped as Mimir's own read-write mode groups it (write, read, backend; its mimir-write/-read/-backend names included), plus the
  // NGINX gateway, the memcached caches and the rollout operator. Ingesters and store-gateways are
  // zone-aware StatefulSets by default (mimir-ingester-zone-a-0).
  c({ id: 'mimir-gateway', names: mimirNames(MIMIR_GATEWAY), suffixes: mimirSuffixes(MIMIR_GATEWAY), kind: 'Deployment', category: 'monitoring', namespaces: ['mimir', 'monitoring'], docs: 'https://grafana.com/docs/helm-charts/mimir-distributed/latest/' }),
  c({ id: 'mimir-write', names: mimirNames(MIMIR_WRITE), suffixes: mimirSuffixes(MIMIR_WRITE), kind: 'StatefulSet', category: 'monitoring', namespaces: ['mimir', 'monitoring'], docs: 'https://grafana.com/docs/mimir/latest/references/architecture/components/' }),
  c({ id: 'mimir-read', names: mimirNames(MIMIR_READ), suffixes: mimirSuffixes(MIMIR_READ), kind: 'Deployment', category: 'monitoring', namespaces: ['mimir', 'monitoring'], docs: 'https://grafana.com/docs/mimir/latest/references/architecture/components/' }),
  c({ id: 'mimir-backend', names: mimirNames(MIMIR_BACKEND), suffixes: mimirSuffixes(MIMIR_BACKEND), kind: 'StatefulSet', category: 'monitoring', namespaces: ['mimir', 'monitoring'], docs: 'https://grafana.com/docs/mimir/latest/references/architecture/components/' }),
  c({ id: 'mimir-cache', names: mimirNames(MIMIR_CACHE), suffixes: mimirSuffixes(MIMIR_CACHE), kind: 'StatefulSet', category: 'monitoring', namespaces: ['mimir', 'monitoring'], docs: 'https://grafana.com/docs/helm-charts/mimir-distributed/latest/' }),
  c({ id: 'mimir-rollout-operator', names: mimirNames(['rollout-operator']), suffixes: mimirSuffixes(['rollout-operator']), kind: 'Deployment', category: 'monitoring', namespaces: ['mimir', 'monitoring'], docs: 'https://github.com/grafana/rollout-operator#readme' }),
  // Grafana Loki's gateway (NGINX in front of the read and write paths) and canary (a DaemonSet that writes and reads test lines);
  // its other parts are the loki entry's. loki-distributed (and lgtm-distributed) name them <release>-loki-distributed-<part> or <release>-loki-<part>.
  c({ id: 'loki-gateway', names: ['loki-gateway', 'loki-distributed-gateway'], suffixes: ['-loki-gateway', '-loki-distributed-gateway'], kind: 'Deployment', category: 'monitoring', namespaces: ['monitoring', 'loki', 'logging'], docs: 'https://grafana.com/docs/loki/latest/setup/install/helm/concepts/' }),
  c({ id: 'loki-canary', suffixes: ['-loki-canary'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['monitoring', 'loki', 'logging'], docs: 'https://grafana.com/docs/loki/latest/operations/loki-canary/' }),
  // Grafana Alloy, Grafana Agent's successor: its chart runs a DaemonSet by default (controller.type), named after the release (alloy,
  // <release>-alloy). Grafana's k8s-monitoring chart runs several, one per job: <release>-alloy-metrics (a StatefulSet), -alloy-logs,
  // -alloy-receiver and -alloy-profiles (DaemonSets), -alloy-singleton and -alloy-events (Deployments), and the Alloy Operator that
  // runs them from Alloy resources (alloy-operator from its own chart, <release>-alloy-operator there).
  c({ id: 'alloy', suffixes: ['-alloy', '-alloy-metrics', '-alloy-logs', '-alloy-receiver', '-alloy-profiles', '-alloy-singleton', '-alloy-events'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['alloy', 'monitoring'], docs: 'https://grafana.com/docs/alloy/latest/set-up/install/kubernetes/' }),
  c({ id: 'alloy-operator', suffixes: ['-alloy-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['alloy-operator-system', 'monitoring'], docs: 'https://github.com/grafana/alloy-operator#readme' }),
  // Grafana Agent, Alloy's predecessor, still met: its chart runs the DaemonSet grafana-agent (<release>-grafana-agent, k8s-monitoring
  // v1's too), and the Grafana Agent Operator runs a GrafanaAgent <agent>'s integrations as <agent>-integrations-ds (a DaemonSet) and
  // <agent>-integrations-deploy, names its code spells out (grafana/agent#3282, du/12). Its metrics StatefulSet and logs DaemonSet are
  // just <agent> and <agent>-logs, which say nothing alone.
  c({ id: 'grafana-agent', names: ['grafana-agent'], suffixes: ['-grafana-agent', '-integrations-ds', '-integrations-deploy'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['grafana-agent', 'monitoring'], docs: 'https://grafana.com/docs/agent/latest/' }),
  c({ id: 'grafana-agent-operator', names: ['grafana-agent-operator'], suffixes: ['-grafana-agent-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['grafana-agent', 'monitoring'], docs: 'https://grafana.com/docs/agent/latest/operator/' }),
  // Grafana Beyla, eBPF auto-instrumentation: a DaemonSet from its chart (beyla in beyla, <release>-beyla, k8s-monitoring's too), and
  // beyla-k8s-cache, which serves Kubernetes metadata to its pods. Its hostNetwork is a chart option: left off.
  c({ id: 'beyla', names: ['beyla', 'beyla-k8s-cache'], suffixes: ['-beyla'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['beyla', 'monitoring'], docs: 'https://grafana.com/docs/beyla/latest/setup/kubernetes-helm/' }),
  // Grafana Tempo: the tempo chart runs it as one StatefulSet (tempo-0); tempo-distributed names its parts <release>-<part> (release tempo:
  // tempo-distributor; lgtm-distributed's lgtm-tempo-distributor): ingesters (a StatefulSet), distributors, queriers, the query-frontend,
  // compactor, metrics-generator, its NGINX gateway and memcached.
  c({ id: 'tempo', names: ['tempo', ...TEMPO_PARTS.map((p) => `tempo-${p}`)], suffixes: ['-tempo', ...TEMPO_PARTS.map((p) => `-tempo-${p}`)], kind: 'StatefulSet', category: 'monitoring', namespaces: ['tempo', 'monitoring', 'tracing'], docs: 'https://grafana.com/docs/tempo/latest/set-up-for-tracing/setup-tempo/deploy/kubernetes/helm-chart/' }),
  // Kepler estimates the energy each pod uses, one pod per node: kepler-exporter (its earlier manifests, in kepler or monitoring), kepler
  // from its chart, <release>-kepler from k8s-monitoring. Some of its manifests set hostNetwork and its chart does not: left off.
  c({ id: 'kepler', names: ['kepler', 'kepler-exporter'], suffixes: ['-kepler'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['kepler', 'monitoring'], docs: 'https://sustainable-computing.io/' }),
  // OpenCost: its chart's Deployment opencost (in opencost), <release>-opencost from k8s-monitoring.
  c({ id: 'opencost', suffixes: ['-opencost'], kind: 'Deployment', category: 'monitoring', namespaces: ['opencost'], docs: 'https://opencost.io/docs/installation/helm' }),
  // Vector: its chart's role Agent runs a DaemonSet, Aggregator (the chart's default) a StatefulSet (vector-0), Stateless-Aggregator a
  // Deployment, named after the release: vector, vector-agent, vector-aggregator, <release>-vector.
  c({ id: 'vector', names: ['vector', 'vector-agent', 'vector-aggregator'], suffixes: ['-vector', '-vector-agent', '-vector-aggregator'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['vector', 'logging'], docs: 'https://vector.dev/docs/setup/installation/package-managers/helm/' }),
  // The Grafana Operator: grafana-operator from its chart (<release>-grafana-operator), grafana-operator-controller-manager from its manifests.
  c({ id: 'grafana-operator', names: ['grafana-operator', 'grafana-operator-controller-manager'], suffixes: ['-grafana-operator'], kind: 'Deployment', category: 'dashboard', namespaces: ['grafana', 'grafana-operator'], docs: 'https://grafana.github.io/grafana-operator/docs/' }),
  // The VictoriaMetrics operator: <release>-victoria-metrics-operator from its chart and from victoria-metrics-k8s-stack, vm-operator from
  // its manifests (in vm). It names what it runs <kind>-<resource>: a VMAgent's Deployment vmagent-<name>, a VMSingle's vmsingle-<name>,
  // a VMCluster's StatefulSets vmstorage- and vmselect-<name> and Deployment vminsert-<name>, a VMAlert's vmalert-<name> (a VMAlertmanager's
  // vmalertmanager-<name> is the alertmanager entry's). VictoriaMetrics's standalone charts name the same parts
  // <release>-victoria-metrics-agent, -single-server, -cluster-vmstorage (-vmselect, -vminsert) and -alert-server.
  c({ id: 'victoria-metrics-operator', names: ['victoria-metrics-operator', 'vm-operator'], suffixes: ['-victoria-metrics-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['vm', 'monitoring'], docs: `${VM_OPERATOR}quick-start/` }),
  c({ id: 'vmagent', prefixes: ['vmagent-'], suffixes: ['-victoria-metrics-agent'], kind: 'Deployment', category: 'monitoring', namespaces: ['vm', 'monitoring'], docs: `${VM_OPERATOR}resources/vmagent` }),
  c({ id: 'vmsingle', prefixes: ['vmsingle-'], suffixes: ['-victoria-metrics-single-server'], kind: 'Deployment', category: 'monitoring', namespaces: ['vm', 'monitoring'], docs: `${VM_OPERATOR}resources/vmsingle` }),
  c({ id: 'vmcluster', names: ['vmstorage', 'vmselect', 'vminsert'], prefixes: ['vmstorage-', 'vmselect-', 'vminsert-'], suffixes: ['-victoria-metrics-cluster-vmstorage', '-victoria-metrics-cluster-vmselect', '-victoria-metrics-cluster-vminsert'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['vm', 'monitoring'], docs: `${VM_OPERATOR}resources/vmcluster` }),
  c({ id: 'vmalert', prefixes: ['vmalert-'], suffixes: ['-victoria-metrics-alert-server'], kind: 'Deployment', category: 'monitoring', namespaces: ['vm', 'monitoring'], docs: `${VM_OPERATOR}resources/vmalert/` }),
  // Istio's tracing and Kiali add-ons as operators install them (KubeSphere's service mesh, OpenShift's): the operators themselves.
  c({ id: 'jaeger-operator', suffixes: ['-jaeger-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['observability', 'istio-system'], docs: 'https://www.jaegertracing.io/docs/operator/' }),
  c({ id: 'kiali-operator', suffixes: ['-kiali-operator'], kind: 'Deployment', category: 'addon', namespaces: ['kiali-operator', 'istio-system'], docs: 'https://kiali.io/docs/installation/installation-guide/' }),
  c({ id: 'kube-ops-view', names: ['kube-ops-view', 'kube-ops-view-redis'], kind: 'Deployment', category: 'dashboard', namespaces: ['kube-system', 'kube-ops-view'], docs: 'https://github.com/hjacobs/kube-ops-view#readme' }),
  // Argo CD's Redis HA (its HA manifests: argocd-redis-ha-*; its Helm chart's redis-ha subchart: <release>-redis-ha-haproxy and
  // -server). The redis-ha chart names its own releases the same way, so only in argocd; elsewhere argocd-* stays argocd's.
  c({ id: 'argocd-redis-ha', names: ['argocd-redis-ha-haproxy', 'argocd-redis-ha-server', 'argo-cd-redis-ha-haproxy', 'argo-cd-redis-ha-server'], suffixes: ['-redis-ha-haproxy', '-redis-ha-server'], kind: 'StatefulSet', category: 'gitops', namespaces: ['argocd'], onlyInNamespaces: true, docs: 'https://argo-cd.readthedocs.io/en/stable/operator-manual/high_availability/' }),

  // ---- Windows nodes on AKS ----
  // Their own entries, not names of the Linux ones: these DaemonSets ran as ordinary Windows pods (their own IPs) before they became
  // HostProcess pods, so no hostNetwork is claimed. AKS's DirectX device plugin for Windows GPU node pools runs on the host network.
  c({ id: 'cloud-node-manager-windows', kind: 'DaemonSet', category: 'addon', guide: 'architecture/', docs: 'https://cloud-provider-azure.sigs.k8s.io/' }),
  c({ id: 'csi-azuredisk-node-win', kind: 'DaemonSet', category: 'storage', docs: 'https://learn.microsoft.com/en-us/azure/aks/azure-disk-csi' }),
  c({ id: 'csi-azurefile-node-win', kind: 'DaemonSet', category: 'storage', docs: 'https://learn.microsoft.com/en-us/azure/aks/azure-files-csi' }),
  c({ id: 'directx-device-plugin', kind: 'DaemonSet', category: 'addon', hostNetwork: true, docs: 'https://learn.microsoft.com/en-us/azure/aks/use-windows-gpu' }),
  // More Windows node DaemonSets (hunt aw): the SMB CSI driver's node plugin; csi-proxy, the host-side helper Windows CSI node plugins
  // call (a HostProcess DaemonSet in CAPZ); windows-exporter, Prometheus's node exporter for Windows (kube-prometheus's HostProcess addon,
  // <release>-prometheus-windows-exporter from its chart).
  c({ id: 'csi-smb-node-win', kind: 'DaemonSet', category: 'storage', docs: 'https://github.com/kubernetes-csi/csi-driver-smb#readme' }),
  c({ id: 'csi-proxy', kind: 'DaemonSet', category: 'storage', docs: 'https://github.com/kubernetes-csi/csi-proxy#readme' }),
  c({ id: 'windows-exporter', names: ['windows-exporter', 'prometheus-windows-exporter'], suffixes: ['-windows-exporter'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['monitoring', 'kube-system'], docs: 'https://github.com/prometheus-community/windows_exporter#readme' }),
  // EKS's Windows IP address management before it moved into the control plane: the VPC resource controller gives Windows nodes their
  // secondary IPs and the admission webhook adds that resource to Windows pods (kube-system; eksctl utils install-vpc-controllers).
  c({ id: 'eks-windows-vpc', names: ['vpc-resource-controller', 'vpc-admission-webhook'], kind: 'Deployment', category: 'cni', docs: 'https://docs.aws.amazon.com/eks/latest/userguide/windows-support.html' }),

  // ---- Device plugins and GPU operators ----
  // GPU Operator 1.x (gpu-operator-resources): bare pods the operator itself creates by these fixed names; Completed is their end.
  c({ id: 'nvidia-validation', names: ['nvidia-device-plugin-validation', 'nvidia-driver-validation'], kind: 'Pod', category: 'addon', namespaces: ['gpu-operator-resources'], docs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/overview.html' }),
  // Alibaba Cloud's SGX device plugin (AliyunContainerService/sgx-device-plugin), a DaemonSet in kube-system on the pod network.
  c({ id: 'sgx-device-plugin', names: ['sgx-device-plugin-ds', 'sgx-device-plugin'], kind: 'DaemonSet', category: 'addon', docs: 'https://github.com/AliyunContainerService/sgx-device-plugin#readme' }),
  // AMD GPU Operator (kube-amd-gpu): its controller (<release>-gpu-operator-charts-controller-manager) and its KMM subchart, and the
  // DaemonSets each DeviceConfig makes, named after it (<deviceconfig>-device-plugin, -node-labeller, -metrics-exporter): generic
  // suffixes, so only in kube-amd-gpu. Its NFD subchart's pods are nfd-master's and nfd-worker's.
  c({ id: 'amd-gpu-operator', names: ['amd-gpu-operator-gpu-operator-charts-controller-manager', 'amd-gpu-operator-kmm-controller', 'amd-gpu-operator-kmm-webhook-server'], suffixes: ['-gpu-operator-charts-controller-manager'], kind: 'Deployment', category: 'addon', namespaces: ['kube-amd-gpu'], docs: 'https://instinct.docs.amd.com/projects/gpu-operator/en/latest/' }),
  c({ id: 'amd-gpu-device-plugin', names: [], suffixes: ['-device-plugin', '-node-labeller'], kind: 'DaemonSet', category: 'addon', namespaces: ['kube-amd-gpu'], onlyInNamespaces: true, docs: 'https://instinct.docs.amd.com/projects/gpu-operator/en/main/device_plugin/device-plugin.html' }),
  c({ id: 'amd-gpu-metrics-exporter', names: [], suffixes: ['-metrics-exporter'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['kube-amd-gpu'], onlyInNamespaces: true, docs: 'https://instinct.docs.amd.com/projects/gpu-operator/en/latest/' }),

  // ---- Gateway API data planes and service meshes ----
  // Envoy Gateway runs one Envoy proxy per Gateway in its own namespace, named envoy-<gateway namespace>-<gateway>-<8 hex>
  // (envoy-default-eg-e41e7b31); a Deployment by default, a DaemonSet when the EnvoyProxy asks for one. 'envoy-' is generic:
  // only in envoy-gateway-system. Its rate limit service (envoy-ratelimit) is named before the prefix can take it.
  c({ id: 'envoy-gateway-proxy', names: [], prefixes: ['envoy-'], kind: 'Deployment', category: 'ingress', namespaces: ['envoy-gateway-system'], onlyInNamespaces: true, docs: 'https://gateway.envoyproxy.io/latest/tasks/operations/deployment-mode/' }),
  c({ id: 'envoy-ratelimit', kind: 'Deployment', category: 'ingress', namespaces: ['envoy-gateway-system'], docs: 'https://gateway.envoyproxy.io/latest/tasks/traffic/global-rate-limit/' }),
  // NGINX Gateway Fabric (NGINX Kubernetes Gateway before 1.0) as its manifests install it: the Deployment nginx-gateway in
  // nginx-gateway (its Helm chart's <release>-nginx-gateway-fabric is the entry above's). A generic name: only there. NGF 2.x's
  // per-Gateway NGINX Deployments (<gateway>-<class>, gateway-nginx) have no name of their own: left out.
  c({ id: 'nginx-gateway', kind: 'Deployment', category: 'ingress', namespaces: ['nginx-gateway'], onlyInNamespaces: true, docs: 'https://docs.nginx.com/nginx-gateway-fabric/' }),
  // Istio's Gateway API deployments: <gateway>-<class> in the Gateway's own namespace. Class istio gives <gateway>-istio; only
  // the common gateway-istio ending is read (bookinfo-gateway-istio), since '-istio' alone ends many apps' own names.
  // Ambient waypoints were <gateway>-istio-waypoint up to Istio 1.21; since 1.22 a waypoint Deployment takes the Gateway's own
  // name (waypoint), too generic to read.
  c({ id: 'istio-gateway-api', names: ['gateway-istio'], suffixes: ['gateway-istio'], kind: 'Deployment', category: 'ingress', namespaces: [], docs: 'https://istio.io/latest/docs/tasks/traffic-management/ingress/gateway-api/' }),
  c({ id: 'istio-waypoint', names: [], suffixes: ['-istio-waypoint'], kind: 'Deployment', category: 'proxy', namespaces: [], docs: 'https://istio.io/latest/docs/ambient/usage/waypoint/' }),
  // Kmesh (kmesh-system): its eBPF data plane, one pod per node. Its manifests and chart set no hostNetwork.
  c({ id: 'kmesh', kind: 'DaemonSet', category: 'proxy', namespaces: ['kmesh-system'], docs: 'https://github.com/kmesh-net/kmesh#readme' }),
  // Tetrate Service Bridge's control plane in each cluster (istio-system, beside istiod): its operator, XCP Edge's operator and
  // agent (edge), SkyWalking OAP, the VM onboarding operator, the Wasm fetcher; XCP's global waypoint in xcp-multicluster.
  // edge, oap-deployment (plain SkyWalking manifests use it too), onboarding-operator and global-waypoint are generic names: only in
  // those namespaces. TSB's otel-collector is left out: an OpenTelemetry collector by that name in istio-system may be anyone's.
  c({ id: 'tsb-control-plane', names: ['tsb-operator-control-plane', 'xcp-operator-edge', 'wasmfetcher', 'edge', 'oap-deployment', 'onboarding-operator'], generic: ['edge', 'oap-deployment', 'onboarding-operator'], kind: 'Deployment', category: 'addon', namespaces: ['istio-system'], onlyInNamespaces: true, docs: 'https://docs.tetrate.io/service-bridge/concepts/architecture' }),
  c({ id: 'tsb-global-waypoint', names: ['global-waypoint'], kind: 'Deployment', category: 'proxy', namespaces: ['xcp-multicluster'], onlyInNamespaces: true, docs: 'https://docs.tetrate.io/service-bridge/concepts/architecture' }),

  // ---- Dynamic Resource Allocation ----
  // The DRA example driver (kubernetes-sigs/dra-example-driver; its chart installs in dra-example-driver): the kubelet plugin on each
  // node (pod network), the admission webhook, and the controller of its releases before structured parameters.
  c({ id: 'dra-example-driver-kubeletplugin', kind: 'DaemonSet', category: 'addon', namespaces: ['dra-example-driver'], docs: 'https://github.com/kubernetes-sigs/dra-example-driver#readme' }),
  c({ id: 'dra-example-driver', names: ['dra-example-driver-webhook', 'dra-example-driver-controller'], kind: 'Deployment', category: 'addon', namespaces: ['dra-example-driver'], docs: 'https://github.com/kubernetes-sigs/dra-example-driver#readme' }),
  // NVIDIA's DRA driver for GPUs (NVIDIA/k8s-dra-driver-gpu; hunts ai/03-07): its chart names the controller (ComputeDomains) and the
  // kubelet plugin after the release (nvidia-dra-driver-gpu-...). The kubelet plugin, on each GPU node, publishes the node's GPUs as
  // ResourceSlices and prepares them for the pods whose claims got them (its gpus and compute-domains containers: 2/2).
  c({ id: 'nvidia-dra-driver-gpu-kubelet-plugin', suffixes: ['-dra-driver-gpu-kubelet-plugin'], kind: 'DaemonSet', category: 'addon', namespaces: ['nvidia-dra-driver-gpu', 'nvidia-dra-driver', 'nvidia-dra'], docs: 'https://github.com/NVIDIA/k8s-dra-driver-gpu#readme' }),
  c({ id: 'nvidia-dra-driver-gpu-controller', suffixes: ['-dra-driver-gpu-controller'], kind: 'Deployment', category: 'addon', namespaces: ['nvidia-dra-driver-gpu', 'nvidia-dra-driver', 'nvidia-dra'], docs: 'https://github.com/NVIDIA/k8s-dra-driver-gpu#readme' }),
  // EKS's device plugin for Elastic Fabric Adapter interfaces (its chart and the older manifest's -daemonset), on EFA instances (hunts ai/01, ai/02).
  c({ id: 'aws-efa-device-plugin', names: ['aws-efa-k8s-device-plugin', 'aws-efa-k8s-device-plugin-daemonset'], kind: 'DaemonSet', category: 'addon', docs: 'https://docs.aws.amazon.com/eks/latest/userguide/node-efa.html' }),
  // EKS's node monitoring agent add-on (kube-system): reads each node's logs and health for the node auto repair; on GPU nodes beside its
  // DCGM server (dcgm-server), the host engine through which it reads the GPUs' health (hunt ai/02).
  c({ id: 'eks-node-monitoring-agent', kind: 'DaemonSet', category: 'monitoring', docs: 'https://docs.aws.amazon.com/eks/latest/userguide/node-health.html' }),
  c({ id: 'eks-dcgm-server', names: ['dcgm-server'], kind: 'DaemonSet', category: 'monitoring', docs: 'https://docs.aws.amazon.com/eks/latest/userguide/node-health.html' }),

  // ---- Operators' instances ----
  // Strimzi's entity operator, one per Kafka cluster: <cluster>-entity-operator (topic and user operators).
  c({ id: 'strimzi-entity-operator', names: [], suffixes: ['-entity-operator'], kind: 'Deployment', category: 'addon', namespaces: ['kafka', 'strimzi'], docs: 'https://strimzi.io/docs/operators/latest/overview' }),
  // A Kafka cluster's brokers and ZooKeeper ensemble: Strimzi's <cluster>-kafka and <cluster>-zookeeper (StrimziPodSets, StatefulSets
  // before 0.30), and Bitnami's charts' <release>-kafka, <release>-zookeeper. Anyone's app can end so: only in Kafka's usual namespaces.
  // Read as StrimziPodSets: the name cannot say which controller runs them (the owner stage tells Strimzi's eras apart), and a
  // StatefulSet's kind here would make every such set a sure StatefulSet.
  c({ id: 'kafka', names: ['kafka'], suffixes: ['-kafka'], kind: 'StrimziPodSet', category: 'addon', namespaces: ['kafka', 'strimzi'], onlyInNamespaces: true, docs: 'https://kafka.apache.org/documentation/#gettingStarted' }),
  c({ id: 'zookeeper', names: ['zookeeper'], suffixes: ['-zookeeper'], kind: 'StrimziPodSet', category: 'addon', namespaces: ['kafka', 'strimzi'], onlyInNamespaces: true, docs: 'https://zookeeper.apache.org/doc/current/zookeeperOver.html' }),
  // Crossplane runs each provider package as a Deployment named after its ProviderRevision: <provider>-<12 hex>. Providers it pulls in
  // as dependencies are named after their package (upbound-provider-family-aws, crossplane-contrib-provider-..., crossplane-provider-...
  // from the crossplane organisation's, the usual name of one installed by hand too): those count anywhere.
  // A Provider's own name (provider-aws-s3) is the user's, so provider-* counts only in Crossplane's namespaces.
  c({ id: 'crossplane-provider', names: [], prefixes: ['upbound-provider-', 'crossplane-contrib-provider-', 'crossplane-provider-'], kind: 'Deployment', category: 'addon', namespaces: CROSSPLANE_NAMESPACES, docs: 'https://docs.crossplane.io/latest/packages/providers/' }),
  c({ id: 'crossplane-provider-named', names: [], prefixes: ['provider-'], kind: 'Deployment', category: 'addon', namespaces: CROSSPLANE_NAMESPACES, onlyInNamespaces: true, docs: 'https://docs.crossplane.io/latest/packages/providers/' }),
  // Composition functions run the same way, one Deployment per FunctionRevision (crossplane-contrib-function-patch-and-transform-<12 hex>).
  c({ id: 'crossplane-function', names: [], prefixes: ['crossplane-contrib-function-', 'upbound-function-'], kind: 'Deployment', category: 'addon', namespaces: CROSSPLANE_NAMESPACES, docs: 'https://docs.crossplane.io/latest/packages/functions/' }),
  // Any other <package>-<12 hex> in Crossplane's namespaces (a Provider named helm-provider): a provider's or a function's, by
  // what its name says, else either (see crossplanePackage).
  c({ id: 'crossplane-package', names: [], kind: 'Deployment', category: 'addon', namespaces: CROSSPLANE_NAMESPACES, onlyInNamespaces: true, docs: 'https://docs.crossplane.io/latest/packages/' }),
  // Event-Driven Ansible (eda-server-operator, AAP's EDA): an EDA instance's Deployments are <instance>-<part>. Only the parts whose
  // names say EDA are read: <instance>-activation-worker, and <x>-eda-<part> where the instance's name ends in eda (AAP 2.5's
  // <aap>-eda). The others (<instance>-api, -ui, -scheduler, -redis) are generic, in a namespace the user chose: left out.
  c({ id: 'eda-server', names: ['eda-api', 'eda-ui', 'eda-scheduler', 'eda-default-worker', 'eda-activation-worker', 'eda-event-stream'], suffixes: ['-activation-worker', '-eda-api', '-eda-ui', '-eda-scheduler', '-eda-default-worker', '-eda-event-stream'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/ansible/eda-server-operator#readme' }),

  // ---- Harvester (harvester-system) ----
  // The Harvester API and UI server and its webhook; 'harvester' alone is generic: only in harvester-system.
  c({ id: 'harvester', names: ['harvester', 'harvester-webhook'], generic: ['harvester'], kind: 'Deployment', category: 'addon', namespaces: ['harvester-system'], onlyInNamespaces: true, docs: 'https://docs.harvesterhci.io/v1.3/' }),
  c({ id: 'harvester-load-balancer', names: ['harvester-load-balancer', 'harvester-load-balancer-webhook'], kind: 'Deployment', category: 'load-balancer', namespaces: ['harvester-system'], docs: 'https://docs.harvesterhci.io/v1.3/networking/loadbalancer/' }),
  // The network agent on each node sets hostNetwork (harvester/charts); its manager and webhook are Deployments.
  c({ id: 'harvester-network-controller', kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: ['harvester-system'], docs: 'https://github.com/harvester/network-controller-harvester#readme' }),
  c({ id: 'harvester-network-controller-manager', names: ['harvester-network-controller-manager', 'harvester-network-webhook'], kind: 'Deployment', category: 'addon', namespaces: ['harvester-system'], docs: 'https://github.com/harvester/network-controller-harvester#readme' }),
  c({ id: 'harvester-node-disk-manager', kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['harvester-system'], docs: 'https://github.com/harvester/node-disk-manager#readme' }),
  // The node manager's DaemonSet sets no hostNetwork.
  c({ id: 'harvester-node-manager', kind: 'DaemonSet', category: 'addon', namespaces: ['harvester-system'], docs: 'https://github.com/harvester/node-manager#readme' }),
  c({ id: 'harvester-node-manager-webhook', kind: 'Deployment', category: 'addon', namespaces: ['harvester-system'], docs: 'https://github.com/harvester/node-manager#readme' }),
  // Serves Harvester's own Helm chart repository to Rancher's ManagedCharts (cattle-system).
  c({ id: 'harvester-cluster-repo', kind: 'Deployment', category: 'addon', namespaces: ['cattle-system'], docs: 'https://github.com/harvester/harvester#readme' }),
  // Harvester's CSI driver in the guest clusters Rancher provisions on Harvester (hunt cc/25): it asks the Harvester cluster for each
  // volume. Its node plugin DaemonSet harvester-csi-driver, its controller Deployment harvester-csi-driver-controllers.
  c({ id: 'harvester-csi-driver', kind: 'DaemonSet', category: 'storage', namespaces: ['kube-system'], docs: 'https://docs.harvesterhci.io/v1.3/rancher/csi-driver' }),
  c({ id: 'harvester-csi-driver-controllers', kind: 'Deployment', category: 'storage', namespaces: ['kube-system'], docs: 'https://docs.harvesterhci.io/v1.3/rancher/csi-driver' }),
  // Harvester's LVM CSI driver add-on (harvester-csi-driver-lvm): its controller StatefulSet and its node plugin DaemonSet (hunt aj/30).
  c({ id: 'harvester-csi-driver-lvm-controller', kind: 'StatefulSet', category: 'storage', namespaces: ['harvester-system'], docs: 'https://github.com/harvester/csi-driver-lvm#readme' }),
  c({ id: 'harvester-csi-driver-lvm-plugin', kind: 'DaemonSet', category: 'storage', namespaces: ['harvester-system'], docs: 'https://github.com/harvester/csi-driver-lvm#readme' }),
  // The Proxmox CSI plugin (sergelogvinov/proxmox-csi-plugin; csi-proxmox, its chart <release>-proxmox-csi-plugin-...): Proxmox VE disks as
  // volumes for Talos and kubeadm home labs (hunts aj/09, aj/11). Its controller (plugin with the CSI sidecars) and its node plugin.
  c({ id: 'proxmox-csi-controller', names: ['proxmox-csi-plugin-controller'], suffixes: ['-proxmox-csi-plugin-controller'], kind: 'Deployment', category: 'storage', namespaces: ['csi-proxmox'], docs: 'https://github.com/sergelogvinov/proxmox-csi-plugin#readme' }),
  c({ id: 'proxmox-csi-node', names: ['proxmox-csi-plugin-node'], suffixes: ['-proxmox-csi-plugin-node'], kind: 'DaemonSet', category: 'storage', namespaces: ['csi-proxmox'], docs: 'https://github.com/sergelogvinov/proxmox-csi-plugin#readme' }),
  // A Job per node Harvester promotes to a management (control-plane) node: harvester-promote-<node>; Completed is its end.
  c({ id: 'harvester-promote', names: [], prefixes: ['harvester-promote-'], kind: 'Job', category: 'addon', namespaces: ['harvester-system'], docs: 'https://docs.harvesterhci.io/v1.3/host/' }),
  // The Harvester chart's DaemonSet that detaches loop devices whose backing file Longhorn deleted; it sets hostNetwork.
  c({ id: 'longhorn-loop-device-cleaner', kind: 'DaemonSet', category: 'storage', hostNetwork: true, namespaces: ['longhorn-system'], docs: 'https://github.com/harvester/harvester/tree/master/deploy/charts/harvester' }),
  // kube-vip's cloud provider: gives LoadBalancer Services their IPs for kube-vip to announce. Harvester and the older upstream
  // manifest run it as a StatefulSet (kube-vip-cloud-provider-0); newer manifests as a Deployment; AKS Edge Essentials as the DaemonSet
  // kube-vip-cloud-provider-ds (hunt aj/18).
  c({ id: 'kube-vip-cloud-provider', names: ['kube-vip-cloud-provider', 'kube-vip-cloud-provider-ds'], kind: 'StatefulSet', category: 'load-balancer', namespaces: ['kube-system', 'harvester-system'], docs: 'https://kube-vip.io/docs/usage/cloud-provider/' }),
  // Whereabouts, the cluster-wide IPAM plugin for Multus's extra networks: its DaemonSet installs the plugin and reconciles IPs, on the
  // host network (its manifest and chart). Harvester's chart names it harvester-whereabouts; other releases <release>-whereabouts.
  // Not 'cni': its pod down does not cut pods off the network (the plugin it installed keeps allocating), so no CNI alarm.
  c({ id: 'whereabouts', names: ['whereabouts', 'harvester-whereabouts'], suffixes: ['-whereabouts'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: ['kube-system'], guide: 'components/cni/', docs: 'https://github.com/k8snetworkplumbingwg/whereabouts#readme' }),
  // The SR-IOV Network Operator (hunt ae/25): the operator, the config daemon on each SR-IOV node (creates the NICs' virtual functions
  // from SriovNetworkNodePolicies) and the SR-IOV device plugin (advertises them as node resources), both on the host network; its
  // webhooks (operator-webhook, a generic name, and network-resources-injector) are DaemonSets too. The device plugin and the SR-IOV CNI on
  // their own (their projects' manifests) are kube-sriov-device-plugin(-amd64) and kube-sriov-cni-ds(-amd64) in kube-system. Secondary
  // networks only: no CNI claim.
  c({ id: 'sriov-network-operator', kind: 'Deployment', category: 'addon', namespaces: SRIOV_NAMESPACES, guide: 'components/cni/', docs: SRIOV_OPERATOR }),
  c({ id: 'sriov-network-config-daemon', kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: SRIOV_NAMESPACES, guide: 'components/cni/', docs: SRIOV_OPERATOR }),
  c({ id: 'sriov-webhooks', names: ['operator-webhook', 'network-resources-injector'], generic: ['operator-webhook'], kind: 'DaemonSet', category: 'addon', namespaces: SRIOV_NAMESPACES, onlyInNamespaces: true, guide: 'components/cni/', docs: SRIOV_OPERATOR }),
  c({ id: 'sriov-device-plugin', names: ['sriov-device-plugin', 'kube-sriov-device-plugin', 'kube-sriov-device-plugin-amd64'], kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: [...SRIOV_NAMESPACES, 'kube-system'], guide: 'components/cni/', docs: 'https://github.com/k8snetworkplumbingwg/sriov-network-device-plugin#readme' }),
  c({ id: 'sriov-cni', names: ['kube-sriov-cni-ds', 'kube-sriov-cni-ds-amd64'], kind: 'DaemonSet', category: 'addon', namespaces: ['kube-system'], guide: 'components/cni/', docs: 'https://github.com/k8snetworkplumbingwg/sriov-cni#readme' }),
  // Spiderpool (kube-system, or spiderpool): an IPAM for underlay networks (Macvlan, SR-IOV, IPVLAN through the Multus it installs). Its
  // agent on each node answers the IPAM plugin's requests over a local socket, so pods on a node with no agent get no IP on those networks:
  // 'cni', unlike Whereabouts. It names no cluster CNI (no `provides`). Agent, controller and the init pod set hostNetwork (the chart's
  // defaults). spiderpool-init was a bare pod up to mid-2024 and is a post-install Job since (spiderpool-init-<5>): read as the Job.
  // The RDMA shared device plugin only advertises RDMA devices: 'addon', so its pod down raises no CNI alarm.
  c({ id: 'spiderpool-agent', kind: 'DaemonSet', category: 'cni', hostNetwork: true, namespaces: SPIDERPOOL_NAMESPACES, guide: 'components/cni/', docs: SPIDERPOOL }),
  c({ id: 'spiderpool-controller', kind: 'Deployment', category: 'cni', hostNetwork: true, namespaces: SPIDERPOOL_NAMESPACES, guide: 'components/cni/', docs: SPIDERPOOL }),
  c({ id: 'spiderpool-init', kind: 'Job', category: 'cni', hostNetwork: true, namespaces: SPIDERPOOL_NAMESPACES, guide: 'components/cni/', docs: SPIDERPOOL }),
  c({ id: 'spiderpool-sriov-operator', kind: 'Deployment', category: 'cni', namespaces: SPIDERPOOL_NAMESPACES, guide: 'components/cni/', docs: SPIDERPOOL }),
  c({ id: 'spiderpool-rdma-shared-device-plugin', kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: SPIDERPOOL_NAMESPACES, docs: SPIDERPOOL }),

  // ---- Other add-ons seen in pastes ----
  // Longhorn 1.3-1.5's webhooks and recovery backend, Deployments of their own (merged into longhorn-manager in 1.6).
  c({ id: 'longhorn-webhook', names: ['longhorn-admission-webhook', 'longhorn-conversion-webhook'], kind: 'Deployment', category: 'storage', namespaces: ['longhorn-system'], docs: LONGHORN }),
  c({ id: 'longhorn-recovery-backend', kind: 'Deployment', category: 'storage', namespaces: ['longhorn-system'], docs: 'https://longhorn.io/docs/latest/nodes-and-volumes/volumes/rwx-volumes/' }),
  // Rook's direct mount pod: the toolbox with the Ceph tools and the host's /dev, to mount RBD images and CephFS by hand.
  c({ id: 'rook-direct-mount', kind: 'Deployment', category: 'storage', namespaces: ROOK_NAMESPACES, docs: `${ROOK}Troubleshooting/direct-tools/` }),
  // The default backend of older ingress-nginx manifests and of RKE's ingress-nginx (ingress-nginx), of minikube's early ingress
  // add-on (kube-system), of MicroK8s's ingress add-on before 1.17 (default, beside nginx-ingress-microk8s-controller; hunt br/12), and of
  // Tectonic's ingress (tectonic-system), and of Charmed Kubernetes' (default, later default-http-backend-<Juju application> in
  // ingress-nginx-<application>; hunt cd/23): a generic name, only there (KubeSphere's gateways have their own, below). Listed
  // without a namespace it is the context's, default most often, where MicroK8s put it (eq/05, beside its ingress controller).
  c({ id: 'default-http-backend', names: ['default-http-backend', 'default-http-backend-kubernetes-worker'], kind: 'Deployment', category: 'ingress', namespaces: ['kube-system', 'ingress-nginx', 'tectonic-system', 'default', 'ingress-nginx-kubernetes-worker'], onlyInNamespaces: true, withoutNamespace: true, docs: 'https://kubernetes.github.io/ingress-nginx/user-guide/default-backend/' }),
  // The ingress-nginx chart's default backend (defaultBackend.enabled): <release>-ingress-nginx-defaultbackend; the old stable/nginx-ingress
  // chart's, <release>-nginx-ingress-default-backend. (Not a -nginx-ingress-controller suffix: NGINX Inc's chart names its controller so.)
  c({ id: 'ingress-nginx-defaultbackend', names: ['ingress-nginx-defaultbackend', 'nginx-ingress-default-backend'], suffixes: ['-ingress-nginx-defaultbackend', '-nginx-ingress-default-backend'], kind: 'Deployment', category: 'ingress', namespaces: ['ingress-nginx'], docs: 'https://kubernetes.github.io/ingress-nginx/user-guide/default-backend/' }),
  // MicroK8s's registry add-on: a Deployment named registry in container-registry (a generic name: only there), port 32000.
  c({ id: 'microk8s-registry', names: ['registry'], kind: 'Deployment', category: 'addon', namespaces: ['container-registry'], onlyInNamespaces: true, docs: 'https://canonical.com/microk8s/docs/registry-built-in' }),
  // emberstack's Reflector: copies Secrets and ConfigMaps across namespaces (its chart names it after the release: reflector).
  c({ id: 'reflector', names: ['reflector', 'kubernetes-reflector'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/emberstack/kubernetes-reflector#readme' }),

  // vCluster's control plane for a virtual cluster (k3s and the syncer in the StatefulSet <name>, or the k8s distro's <name>, <name>-api,
  // <name>-controller, <name>-etcd): named by the user, so no name here; the core gives it to those beside the pods it synced
  // (<pod>-x-<namespace>-x-<name>) or in the namespace vcluster-<name>.
  c({ id: 'vcluster', names: [], kind: 'StatefulSet', category: 'control-plane', namespaces: [], docs: 'https://www.vcluster.com/docs/vcluster/introduction/architecture/' }),
  // ---- Edge: KubeEdge and OpenYurt ----
  // KubeEdge (kubeedge): EdgeMesh's agent on every node, and what the cloudcore chart adds: Mosquitto on the edge nodes for device
  // MQTT, and the iptables manager on the cloud nodes (routes kubectl logs/exec to the edge through cloudcore). All three set hostNetwork.
  c({ id: 'edgemesh-agent', names: ['edgemesh-agent', 'edgemesh-agent-cloud', 'edgemesh-agent-edge'], kind: 'DaemonSet', category: 'proxy', hostNetwork: true, namespaces: ['kubeedge', 'edgemesh'], docs: 'https://github.com/kubeedge/edgemesh#readme' }),
  // EdgeMesh 1.8-1.11 split its agent into edgemesh-agent-cloud and -edge (hunt ae/11) and relayed between networks through
  // edgemesh-server, a Deployment on a cloud node (hunt ae/05); 1.12 folded the server into the agents and added edgemesh-gateway, an
  // ingress gateway. Both Deployments set hostNetwork.
  c({ id: 'edgemesh-server', kind: 'Deployment', category: 'proxy', hostNetwork: true, namespaces: ['kubeedge', 'edgemesh'], docs: 'https://github.com/kubeedge/edgemesh#readme' }),
  c({ id: 'edgemesh-gateway', kind: 'Deployment', category: 'ingress', hostNetwork: true, namespaces: ['kubeedge', 'edgemesh'], docs: 'https://github.com/kubeedge/edgemesh#readme' }),
  // Akri (CNCF): finds leaf devices (IP cameras, OPC UA servers, USB devices) from every node and offers them as resources. Its chart names
  // its parts after the release, akri in its docs (hunt ae/08, ae/09): the agent on each node, the controller and the Configuration
  // webhook, and a discovery handler DaemonSet per protocol.
  c({ id: 'akri-agent', names: ['akri-agent-daemonset'], kind: 'DaemonSet', category: 'addon', namespaces: [], docs: AKRI }),
  c({ id: 'akri-controller', names: ['akri-controller-deployment', 'akri-webhook-configuration'], kind: 'Deployment', category: 'addon', namespaces: [], docs: AKRI }),
  c({ id: 'akri-discovery-handler', names: ['akri-opcua-discovery-daemonset', 'akri-onvif-discovery-daemonset', 'akri-udev-discovery-daemonset', 'akri-debug-echo-discovery-daemonset'], kind: 'DaemonSet', category: 'addon', namespaces: [], docs: AKRI }),
  c({ id: 'edge-eclipse-mosquitto', kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: ['kubeedge'], docs: 'https://github.com/kubeedge/kubeedge/tree/master/manifests/charts/cloudcore' }),
  c({ id: 'cloud-iptables-manager', kind: 'DaemonSet', category: 'addon', hostNetwork: true, namespaces: ['kubeedge'], docs: 'https://github.com/kubeedge/kubeedge/tree/master/manifests/charts/cloudcore' }),
  // OpenYurt (kube-system): YurtHub, a static pod on each node (yurt-hub-<node>; newer releases name it yurt-hub-cloud-<node> on cloud nodes),
  // host network; its controllers: yurt-manager, which took over from yurt-controller-manager and yurt-app-manager.
  c({ id: 'yurt-hub', names: ['yurt-hub', 'yurt-hub-cloud'], prefixes: ['yurt-hub-'], kind: 'StaticPod', category: 'addon', hostNetwork: true, docs: 'https://openyurt.io/docs/core-concepts/yurthub' }),
  c({ id: 'yurt-manager', names: ['yurt-manager', 'yurt-controller-manager', 'yurt-app-manager'], kind: 'Deployment', category: 'addon', docs: 'https://openyurt.io/docs/core-concepts/yurt-manager' }),
  // yurt-app-manager's chart makes its admission webhook's certificate with hook Jobs: Completed is their end.
  c({ id: 'yurt-app-manager-admission', names: ['yurt-app-manager-admission-create', 'yurt-app-manager-admission-patch'], kind: 'Job', category: 'addon', docs: 'https://github.com/openyurtio/yurt-app-manager#readme' }),
  // YurtTunnel (OpenYurt up to 1.2, kube-system): the server on the cloud nodes and an agent on each edge node hold a reverse tunnel, so
  // the API server reaches edge kubelets (logs, exec, metrics) behind NAT; both on the host network. yurt-tunnel-dns, a CoreDNS,
  // points the nodes' names at the server.
  c({ id: 'yurt-tunnel-server', kind: 'Deployment', category: 'addon', hostNetwork: true, docs: 'https://openyurt.io/docs/core-concepts/yurttunnel' }),
  c({ id: 'yurt-tunnel-agent', kind: 'DaemonSet', category: 'addon', hostNetwork: true, docs: 'https://openyurt.io/docs/core-concepts/yurttunnel' }),
  c({ id: 'yurt-tunnel-dns', kind: 'Deployment', category: 'addon', docs: 'https://openyurt.io/docs/core-concepts/yurttunnel' }),
  // yurtctl convert and revert run one servant Job per node, yurtctl-servant-<action>-<node> (hunt ae/30): Completed is their end.
  c({ id: 'yurtctl-servant', names: [], prefixes: ['yurtctl-servant-'], kind: 'Job', category: 'addon', docs: 'https://github.com/openyurtio/openyurt#readme' }),

  // ---- Developer clusters and tools ----
  // minikube's gcp-auth add-on (namespace gcp-auth): a webhook that mounts the user's Google Cloud credentials into new pods and adds
  // pull secrets for Google's registries; the add-on's Jobs make its certificate (Completed is their end). 'gcp-auth' is a generic
  // name: only in its namespace.
  c({ id: 'minikube-gcp-auth', names: ['gcp-auth'], kind: 'Deployment', category: 'security', namespaces: ['gcp-auth'], onlyInNamespaces: true, docs: 'https://minikube.sigs.k8s.io/docs/handbook/addons/gcp-auth/' }),
  c({ id: 'minikube-gcp-auth-certs', names: ['gcp-auth-certs-create', 'gcp-auth-certs-patch'], kind: 'Job', category: 'security', namespaces: ['gcp-auth'], docs: 'https://minikube.sigs.k8s.io/docs/handbook/addons/gcp-auth/' }),
  // Sandboxed runtimes. minikube's gVisor add-on (hunt ad/13, ad/14): a bare pod gvisor in kube-system, kept by the addon manager, that
  // installs runsc and its containerd shim on the node (hostPID, not the host network); a generic name, only there. kata-deploy (hunt
  // ad/21): Kata Containers' installer DaemonSet, which copies the Kata runtime onto each node and configures containerd or CRI-O for its
  // RuntimeClasses; kubelet-kata-cleanup undoes it.
  c({ id: 'minikube-gvisor', names: ['gvisor'], kind: 'Pod', category: 'addon', onlyInNamespaces: true, docs: 'https://minikube.sigs.k8s.io/docs/handbook/addons/gvisor/' }),
  c({ id: 'kata-deploy', names: ['kata-deploy', 'kubelet-kata-cleanup'], kind: 'DaemonSet', category: 'addon', docs: 'https://github.com/kata-containers/kata-containers/tree/main/tools/packaging/kata-deploy#readme' }),
  // Telepresence 2's cluster side: the traffic manager (ambassador by default, later traffic-manager or a namespace of the user's) that
  // intercepts and its agents route through. A generic name: only in those two.
  // Telepresence 1 (the Python client, 2017-2020) started a proxy Deployment of its own for each `--new-deployment` session, named
  // telepresence-<Unix seconds>-<microseconds>-<pid> (fg/02) and deleted when the session ends: a shape, telepresenceSession.
  c({ id: 'telepresence-session', names: [], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/telepresenceio/telepresence/tree/release/v1#readme' }),
  // mirrord's agent: a Job per session (mirrord-agent-<10 lowercase alphanumerics>), privileged, on the target pod's node, gone about
  // a minute after the session ends (the name and the pod kubectl shows, `mirrord-agent-qjys2dg9xk-rgnhr`, from mirrord's own error
  // text). One left Running long after is a session that did not end cleanly.
  c({ id: 'mirrord-agent', names: [], prefixes: ['mirrord-agent-'], kind: 'Job', category: 'addon', namespaces: [], docs: 'https://metalbear.com/mirrord/docs/reference/architecture/' }),
  // KubeVPN's counterpart of Telepresence's manager (kubevpn connect and proxy), in the namespace it was started from.
  c({ id: 'kubevpn-traffic-manager', names: ['kubevpn-traffic-manager'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/kubenetworks/kubevpn#readme' }),
  c({ id: 'telepresence-traffic-manager', names: ['traffic-manager'], kind: 'Deployment', category: 'addon', namespaces: ['ambassador', 'traffic-manager'], onlyInNamespaces: true, docs: 'https://telepresence.io/docs/reference/architecture' }),
  // Juju on Kubernetes (MicroK8s's Charmed Kubeflow and other charms): a controller StatefulSet in controller-<name> and a modeloperator in
  // each model's namespace. 'controller' is generic, and its namespace is named after the controller: it counts beside a modeloperator.
  c({ id: 'juju-modeloperator', names: ['modeloperator'], kind: 'Deployment', category: 'addon', namespaces: [], family: 'juju', docs: 'https://juju.is/docs' }),
  c({ id: 'juju-controller', names: ['controller'], generic: ['controller'], kind: 'StatefulSet', category: 'addon', namespaces: [], onlyInNamespaces: true, family: 'juju', docs: 'https://juju.is/docs' }),
  // KServe ModelMesh Serving (hunts dg/04, dg/24): its controller, and a Deployment modelmesh-serving-<runtime> per ServingRuntime whose
  // pods (mm, the model server, a puller and a REST proxy: 4/4) share the models placed on them.
  c({ id: 'modelmesh-controller', kind: 'Deployment', category: 'addon', namespaces: ['modelmesh-serving', 'kserve', 'opendatahub', 'redhat-ods-applications'], docs: 'https://github.com/kserve/modelmesh-serving#readme' }),
  c({ id: 'modelmesh-runtime', names: [], prefixes: ['modelmesh-serving-'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://github.com/kserve/modelmesh-serving/blob/main/docs/runtimes/README.md' }),
  // vLLM's production stack (its Helm chart vllm-stack; hunt dg/11): each model a Deployment <release>-<model>-deployment-vllm, the
  // router in front of them <release>-deployment-router. vLLM run by hand is most often a Deployment named vllm.
  c({ id: 'vllm', names: ['vllm'], suffixes: ['-deployment-vllm'], kind: 'Deployment', category: 'addon', namespaces: [], docs: 'https://docs.vllm.ai/en/latest/deployment/k8s.html' }),
  c({ id: 'vllm-router', names: [], suffixes: ['-deployment-router'], kind: 'Deployment', category: 'ingress', namespaces: [], docs: 'https://docs.vllm.ai/projects/production-stack/en/latest/' }),
  // Self-hosted chat over local LLMs (hunt dg/09, dg/25): Open WebUI's Helm chart runs the UI as the StatefulSet open-webui (its
  // pipelines server a Deployment beside it) and, with ollama.enabled, Ollama's chart as <release>-ollama; Ollama alone is most
  // often ollama (a Deployment from its chart, or a StatefulSet of the user's).
  c({ id: 'open-webui', names: ['open-webui'], suffixes: ['-open-webui'], kind: 'StatefulSet', category: 'addon', namespaces: ['open-webui'], docs: 'https://docs.openwebui.com/getting-started/quick-start/' }),
  c({ id: 'open-webui-pipelines', names: ['open-webui-pipelines'], suffixes: ['-open-webui-pipelines'], kind: 'Deployment', category: 'addon', namespaces: ['open-webui'], docs: 'https://docs.openwebui.com/pipelines/' }),
  c({ id: 'ollama', names: ['ollama'], suffixes: ['-ollama'], kind: 'Deployment', category: 'addon', namespaces: ['ollama', 'open-webui'], docs: 'https://github.com/otwld/ollama-helm#readme' }),
  // MLflow's tracking server: the community chart names it <release>-mlflow (mlflow when the release holds the name), Bitnami's
  // <release>-mlflow-tracking, and installs by hand mostly mlflow.
  c({ id: 'mlflow', names: ['mlflow', 'mlflow-tracking'], suffixes: ['-mlflow', '-mlflow-tracking'], kind: 'Deployment', category: 'addon', namespaces: ['mlflow'], docs: 'https://mlflow.org/docs/latest/tracking.html' }),

  // ---- Logging: the kube-logging operator ----
  // The Logging operator (kube-logging, Banzai Cloud's before; Rancher's build is rancher-logging in cattle-logging-system): the operator,
  // and what each Logging resource makes, <logging>-fluentbit (a DaemonSet on every node), <logging>-fluentd (or -syslog-ng, the
  // aggregator StatefulSet), and each EventTailer's <name>-event-tailer and HostTailer's <name>-host-tailer. Its chart names the
  // operator <release>-logging-operator. The collectors' and aggregators' endings are common words (a fluentd chart's release in
  // logging ends so too): they count in Rancher's namespace, and elsewhere beside the operator (its family).
  c({ id: 'logging-operator', names: ['logging-operator', 'rancher-logging'], suffixes: ['-logging-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['logging', 'cattle-logging-system'], family: 'logging-operator', docs: 'https://kube-logging.dev/docs/' }),
  c({ id: 'logging-operator-fluentbit', names: [], suffixes: ['-fluentbit', '-host-tailer'], kind: 'DaemonSet', category: 'monitoring', namespaces: ['cattle-logging-system'], onlyInNamespaces: true, family: 'logging-operator', docs: 'https://kube-logging.dev/docs/' }),
  c({ id: 'logging-operator-fluentd', names: [], suffixes: ['-fluentd', '-syslog-ng'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['cattle-logging-system'], onlyInNamespaces: true, family: 'logging-operator', docs: 'https://kube-logging.dev/docs/' }),
  // Its check of each new aggregator configuration: a bare pod per configuration, <logging>-fluentd-configcheck-<8 hex of
  // the configuration's hash> (or -syslog-ng-), the Logging resource its owner; Completed when the configuration is good (dl/09).
  c({ id: 'logging-operator-configcheck', names: [], kind: 'Pod', category: 'monitoring', namespaces: ['logging', 'cattle-logging-system'], docs: 'https://kube-logging.dev/docs/' }),
  c({ id: 'logging-operator-event-tailer', names: [], suffixes: ['-event-tailer'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['logging', 'cattle-logging-system'], family: 'logging-operator', docs: 'https://kube-logging.dev/docs/' }),

  // ---- KubeSphere (3.x, ks-installer's namespaces) ----
  // The core in kubesphere-system, with the Redis, OpenLDAP and MinIO it installs there: generic names, only in kubesphere-system.
  // KubeSphere 2.x had ks-account (users, wait on OpenLDAP and Redis) and ks-apigateway beside them, folded into ks-apiserver in 3.0 (hunt bk/12).
  c({ id: 'ks-core', names: ['ks-apiserver', 'ks-console', 'ks-controller-manager', 'ks-account', 'ks-apigateway', 'redis', 'openldap', 'minio'], generic: ['redis', 'openldap', 'minio'], kind: 'Deployment', category: 'dashboard', namespaces: ['kubesphere-system'], onlyInNamespaces: true, docs: 'https://kubesphere.io/docs/v3.4/introduction/architecture/' }),
  // The App Store's import of its built-in apps (KubeSphere 3.x, hunt bk/19): a Job, Completed is its end; a name of its own.
  c({ id: 'ks-openpitrix-import', names: ['openpitrix-import-job'], kind: 'Job', category: 'addon', namespaces: ['kubesphere-system'], docs: 'https://kubesphere.io/docs/v3.4/pluggable-components/app-store/' }),
  c({ id: 'ks-installer', kind: 'Deployment', category: 'addon', namespaces: ['kubesphere-system'], docs: 'https://github.com/kubesphere/ks-installer#readme' }),
  // KubeSphere 4's extension repository (its core install): a generic name, only there.
  c({ id: 'ks-extensions-museum', names: ['extensions-museum'], generic: ['extensions-museum'], kind: 'Deployment', category: 'addon', namespaces: ['kubesphere-system'], onlyInNamespaces: true, docs: 'https://kubesphere.io/docs/' }),
  // RKE1 applies its system add-ons (network plugin, CoreDNS, metrics, ingress, user add-ons) with Jobs: Completed is their end.
  // Up to 0.1.x its kube-dns add-on was rke-kubedns-addon (hunt bk/08), later rke-kube-dns-addon.
  c({ id: 'rke-addon-deploy-job', names: ['rke-network-plugin-deploy-job', 'rke-coredns-addon-deploy-job', 'rke-kube-dns-addon-deploy-job', 'rke-kubedns-addon-deploy-job', 'rke-metrics-addon-deploy-job', 'rke-ingress-controller-deploy-job', 'rke-user-addon-deploy-job'], kind: 'Job', category: 'addon', docs: RANCHER }),
  // NGINX Inc's (F5's) Ingress Controller, not the community's ingress-nginx: its manifests run nginx-ingress in nginx-ingress.
  c({ id: 'nginx-inc-ingress', names: ['nginx-ingress'], generic: ['nginx-ingress'], kind: 'Deployment', category: 'ingress', namespaces: ['nginx-ingress'], onlyInNamespaces: true, docs: 'https://docs.nginx.com/nginx-ingress-controller/' }),
  // kubesphere-controls-system: the web kubectl pods (kubectl-admin, kubectl-<user>) and the gateways' default backend; generic names, only there.
  c({ id: 'ks-kubectl', names: ['kubectl-admin'], prefixes: ['kubectl-'], kind: 'Deployment', category: 'dashboard', namespaces: ['kubesphere-controls-system'], onlyInNamespaces: true, docs: 'https://kubesphere.io/docs/v3.4/toolbox/web-kubectl/' }),
  c({ id: 'ks-default-http-backend', names: ['default-http-backend'], kind: 'Deployment', category: 'ingress', namespaces: ['kubesphere-controls-system'], onlyInNamespaces: true, docs: 'https://kubesphere.io/docs/v3.4/project-administration/project-gateway/' }),
  // DevOps (kubesphere-devops-system): devops-* are generic names, only there; s2ioperator (a StatefulSet, s2ioperator-0) anywhere.
  c({ id: 'ks-devops', names: ['devops-apiserver', 'devops-controller', 'devops-jenkins', 's2ioperator'], generic: ['devops-apiserver', 'devops-controller', 'devops-jenkins'], kind: 'Deployment', category: 'addon', namespaces: ['kubesphere-devops-system'], onlyInNamespaces: true, docs: 'https://kubesphere.io/docs/v3.4/pluggable-components/devops/' }),
  c({ id: 'ks-notification-manager', names: ['notification-manager-deployment', 'notification-manager-operator'], kind: 'Deployment', category: 'monitoring', namespaces: ['kubesphere-monitoring-system'], docs: 'https://github.com/kubesphere/notification-manager#readme' }),
  // Logging, events and auditing (kubesphere-logging-system); its fluent-bit DaemonSet is fluent-bit's.
  // The Elasticsearch it installs for logs, events and auditing when no external one is set (hunt bk/19): master-eligible (discovery)
  // and data StatefulSets. Its own names, but only there: another elasticsearch-logging release is not KubeSphere's.
  c({ id: 'ks-logging-elasticsearch', names: ['elasticsearch-logging-data', 'elasticsearch-logging-discovery'], kind: 'StatefulSet', category: 'monitoring', namespaces: ['kubesphere-logging-system'], onlyInNamespaces: true, docs: 'https://kubesphere.io/docs/v3.4/pluggable-components/logging/' }),
  c({ id: 'ks-logging', names: ['fluentbit-operator', 'logsidecar-injector-deploy'], kind: 'Deployment', category: 'monitoring', namespaces: ['kubesphere-logging-system'], docs: 'https://kubesphere.io/docs/v3.4/pluggable-components/logging/' }),
  c({ id: 'ks-events', names: ['ks-events-exporter', 'ks-events-operator', 'ks-events-ruler'], kind: 'Deployment', category: 'monitoring', namespaces: ['kubesphere-logging-system'], docs: 'https://kubesphere.io/docs/v3.4/pluggable-components/events/' }),
  c({ id: 'ks-auditing', names: ['kube-auditing-operator', 'kube-auditing-webhook-deploy'], kind: 'Deployment', category: 'security', namespaces: ['kubesphere-logging-system'], docs: 'https://kubesphere.io/docs/v3.4/pluggable-components/auditing-logs/' }),
  // KubeSphere's edge-node join service, installed with its KubeEdge component beside cloudcore (hunt bk/19): a generic name, only in kubeedge.
  c({ id: 'ks-edgeservice', names: ['edgeservice'], kind: 'Deployment', category: 'addon', namespaces: ['kubeedge'], onlyInNamespaces: true, docs: 'https://kubesphere.io/docs/v3.4/pluggable-components/kubeedge/' }),
  // KubeEdge's cloud side (keadm init deploys it in kubeedge).
  c({ id: 'cloudcore', kind: 'Deployment', category: 'addon', namespaces: ['kubeedge'], docs: 'https://kubeedge.io/docs/setup/config' }),
  // Deckhouse (Flant's Kubernetes platform): its operator deckhouse in d8-system, and modules in d8-<module> namespaces. Plain names count
  // only in their module's namespace: Trickster, the Prometheus query cache in front of its Prometheus (d8-monitoring), and Stakater's
  // Reloader as the pod-reloader module. A DexAuthenticator (user-authn) gets a <name>-dex-authenticator Deployment in its own
  // namespace: a suffix only Deckhouse uses.
  c({ id: 'deckhouse', kind: 'Deployment', category: 'addon', namespaces: ['d8-system'], docs: `${DECKHOUSE_MODULES}deckhouse/` }),
  c({ id: 'deckhouse-trickster', names: ['trickster'], kind: 'Deployment', category: 'monitoring', namespaces: ['d8-monitoring'], onlyInNamespaces: true, docs: `${DECKHOUSE_MODULES}prometheus/` }),
  c({ id: 'deckhouse-pod-reloader', names: ['pod-reloader'], kind: 'Deployment', category: 'addon', namespaces: ['d8-pod-reloader'], onlyInNamespaces: true, docs: `${DECKHOUSE_MODULES}pod-reloader/` }),
  c({ id: 'deckhouse-dex-authenticator', names: [], suffixes: ['-dex-authenticator'], kind: 'Deployment', category: 'security', namespaces: [], docs: `${DECKHOUSE_MODULES}user-authn/` }),
  // GitLab's cloud-native chart names its parts <release>-<part> (hunts ak/11-13): the names under release gitlab (its docs') count
  // anywhere, and so do the suffixes no other project uses; a bare -registry, -kas or -toolbox under another release is anyone's.
  // Gitaly (and Praefect) are StatefulSets; the migrations, shared-secrets and bucket Jobs carry the release's revision
  // (gitlab-migrations-2, gitlab-migrations.1 in older charts).
  c({ id: 'gitlab', names: ['gitlab-webservice', 'gitlab-webservice-default', 'gitlab-sidekiq-all-in-1-v1', 'gitlab-sidekiq-all-in-1-v2', 'gitlab-gitlab-shell', 'gitlab-gitlab-exporter', 'gitlab-toolbox', 'gitlab-task-runner', 'gitlab-kas', 'gitlab-registry', 'gitlab-gitlab-pages', 'gitlab-unicorn'], suffixes: ['-webservice-default', '-sidekiq-all-in-1-v1', '-sidekiq-all-in-1-v2', '-gitlab-shell', '-gitlab-exporter', '-gitlab-pages'], kind: 'Deployment', category: 'addon', namespaces: ['gitlab'], docs: 'https://docs.gitlab.com/charts/architecture/' }),
  c({ id: 'gitlab-gitaly', names: ['gitlab-gitaly', 'gitlab-praefect'], suffixes: ['-gitaly', '-praefect'], kind: 'StatefulSet', category: 'storage', namespaces: ['gitlab'], docs: 'https://docs.gitlab.com/charts/charts/gitlab/gitaly/' }),
  c({ id: 'gitlab-job', names: ['gitlab-gitlab-upgrade-check'], prefixes: ['gitlab-migrations', 'gitlab-shared-secrets', 'gitlab-minio-create-buckets'], suffixes: ['-gitlab-upgrade-check'], kind: 'Job', category: 'addon', namespaces: ['gitlab'], docs: 'https://docs.gitlab.com/charts/charts/gitlab/migrations/' }),
  // Apache Superset's chart: <release>-superset-<part> (superset-<part> under a release holding superset), its database setup a Job (hunts ak/25, ak/26).
  c({ id: 'superset', names: ['superset', 'superset-worker', 'superset-celerybeat', 'superset-celery-flower', 'superset-websocket'], suffixes: ['-superset', '-superset-worker', '-superset-celerybeat', '-superset-celery-flower', '-superset-websocket'], kind: 'Deployment', category: 'addon', namespaces: ['superset'], docs: 'https://superset.apache.org/docs/installation/kubernetes/' }),
  c({ id: 'superset-init-db', suffixes: ['-superset-init-db'], kind: 'Job', category: 'addon', namespaces: ['superset'], docs: 'https://superset.apache.org/docs/installation/kubernetes/' }),
  // Apache NiFi from the cetic chart: a StatefulSet <release>-nifi (nifi under a release holding nifi) and its NiFi Registry subchart's
  // -nifi-registry (dm/03). NiFiKop, the NiFi operator, is a Deployment named after its release, which holds nifikop (dm/04).
  c({ id: 'nifi', names: ['nifi'], suffixes: ['-nifi'], kind: 'StatefulSet', category: 'addon', namespaces: ['nifi'], docs: 'https://nifi.apache.org/documentation/' }),
  c({ id: 'nifi-registry', names: ['nifi-registry'], suffixes: ['-nifi-registry'], kind: 'StatefulSet', category: 'addon', namespaces: ['nifi'], docs: 'https://nifi.apache.org/documentation/' }),
  c({ id: 'nifikop', names: ['nifikop'], prefixes: ['nifikop-'], suffixes: ['-nifikop'], kind: 'Deployment', category: 'addon', namespaces: ['nifikop', 'nifi'], docs: 'https://konpyutaika.github.io/nifikop/' }),
  // Trino from trinodb's chart: Deployments <release>-trino-coordinator and -trino-worker (trino-coordinator under a release holding trino; dm/20).
  c({ id: 'trino', names: ['trino-coordinator', 'trino-worker'], suffixes: ['-trino-coordinator', '-trino-worker'], kind: 'Deployment', category: 'addon', namespaces: ['trino'], docs: 'https://trino.io/docs/current/installation/kubernetes.html' }),
  // Dagster on Kubernetes runs each run as a Job dagster-run-<run id> (K8sRunLauncher) and, with the k8s executor, each step as
  // dagster-step-<hash> (dm/05): a Job kind, so their pods are Job/high and Completed is their normal end.
  c({ id: 'dagster-job', names: [], prefixes: ['dagster-run-', 'dagster-step-'], kind: 'Job', category: 'addon', namespaces: [], docs: 'https://docs.dagster.io/deployment/guides/kubernetes/deploying-with-helm' }),
  // The chart's db-check hook (post-install and upgrade, <fullname>-db-check; hunt cx/18): a Job whose shell loops every 10 s until
  // ClickHouse and Kafka answer on their ports. Completed is its end.
  c({ id: 'sentry-db-check', names: ['sentry-db-check'], suffixes: ['-sentry-db-check'], kind: 'Job', category: 'addon', namespaces: ['sentry'], docs: 'https://github.com/sentry-kubernetes/charts/blob/develop/charts/sentry/templates/hooks/sentry-db-check.job.yaml' }),
  // Sentry's chart (sentry-kubernetes/charts; hunts ak/04-08): sentry-<part> under its usual release sentry (web, worker, cron, the ingest
  // and metrics consumers, post-process forwarders, Relay, Snuba, and its Kafka, ClickHouse, Redis and PostgreSQL); <release>-sentry-web
  // and the like under others. Last, so every other entry that knows a sentry-<x> first says what it is. Dapr's is dapr-sentry.
  c({ id: 'sentry', names: [], prefixes: ['sentry-'], suffixes: ['-sentry-web', '-sentry-worker', '-sentry-cron', '-sentry-relay'], kind: 'Deployment', category: 'addon', namespaces: ['sentry'], docs: 'https://develop.sentry.dev/self-hosted/' }),
  // The Altinity ClickHouse operator's StatefulSets, one per replica: chi-<installation>-<cluster>-<shard>-<replica>, chk-... for a
  // ClickHouseKeeperInstallation (hunt ak/06). Read by that shape: see altinityHost.
  c({ id: 'altinity-clickhouse', names: [], kind: 'StatefulSet', category: 'storage', namespaces: [], docs: 'https://github.com/Altinity/clickhouse-operator#readme' }),
];

const BY_ID = new Map(COMPONENTS.map((e) => [e.id, e]));
const OPENFAAS_FN = 'openfaas-fn';
const OPENFAAS_FUNCTION = BY_ID.get('openfaas-function') as ComponentInfo;
const BY_NAME = new Map<string, ComponentInfo[]>();
for (const e of COMPONENTS) for (const n of e.names) BY_NAME.set(n, [...(BY_NAME.get(n) ?? []), e]);
// A name claimed only in some namespaces (OpenFaaS's alertmanager) says more there than the same name claimed anywhere
// (Alertmanager's): those claims first, whatever their places in the knowledge base.
for (const [n, list] of BY_NAME) if (list.length > 1) list.sort((a, b) => Number(boundTo(b, n)) - Number(boundTo(a, n)));
function boundTo(e: ComponentInfo, name: string): boolean {
  return e.onlyInNamespaces && (e.generic.length === 0 || e.generic.includes(name));
}
const WITH_PATTERNS = COMPONENTS.filter((e) => e.prefixes.length > 0 || e.suffixes.length > 0);
/**
 * The pattern entries (their places in WITH_PATTERNS, in order) a name can match, by its first character (a
 * prefix starts with it) and its last (a suffix ends with it): a name meets a few dozen entries, not all of them.
 */
const BY_FIRST = new Map<number, number[]>();
const BY_LAST = new Map<number, number[]>();
WITH_PATTERNS.forEach((e, k) => {
  for (const p of e.prefixes) addOnce(BY_FIRST, p.charCodeAt(0), k);
  for (const x of e.suffixes) addOnce(BY_LAST, x.charCodeAt(x.length - 1), k);
});
function addOnce(map: Map<number, number[]>, c: number, k: number): void {
  let list = map.get(c);
  if (list === undefined) map.set(c, (list = []));
  if (list[list.length - 1] !== k) list.push(k);
}
const NO_ENTRIES: readonly number[] = [];

/**
 * @example
 * componentById('coredns')?.kind // 'Deployment'
 */
export function componentById(id: string): ComponentInfo | undefined {
  return BY_ID.get(id);
}

/** Component ids whose pods are control-plane static pods: a node running them is a control-plane node. */
export const CONTROL_PLANE_IDS: ReadonlySet<string> = new Set(['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler']);
/**
 * Pods that make their node a control-plane node: kubeadm's four static pods, OpenShift 3.10-3.11's master-api-<node>,
 * master-controllers-<node> and master-etcd-<node>, which name their node the same way, and kubeadm's self-hosted
 * control plane (DaemonSets that run only there), and bootkube's first checkpoint of the API server.
 */
export const CONTROL_PLANE_NODE_IDS: ReadonlySet<string> = new Set([...CONTROL_PLANE_IDS, 'openshift-master-api', 'openshift-master-controllers', 'openshift-master-etcd', 'self-hosted-control-plane', 'kube-api-checkpoint']);

function allowed(e: ComponentInfo, namespace: string | null): boolean {
  if (!e.onlyInNamespaces) return true;
  if (namespace === null) return e.withoutNamespace;
  return e.namespaces.includes(namespace) || (e.namespacePrefixes.length > 0 && e.namespacePrefixes.some((p) => namespace.startsWith(p)));
}

/**
 * Finds the component a workload name belongs to: exact names first, then prefixes and suffixes, last the shape of a
 * KServe revision's Deployment.
 *
 * @example
 * matchComponent('coredns', 'kube-system')?.id        // 'coredns'
 * matchComponent('ebs-csi-node', 'kube-system')?.id   // 'ebs-csi'
 * matchComponent('controller', 'default')             // undefined (only in metallb-system)
 */
export function matchComponent(workloadName: string, namespace: string | null): ComponentInfo | undefined {
  // Any name can be a function's there, one of the platform's own (gateway) or another project's (nginx) too.
  if (namespace === OPENFAAS_FN) return OPENFAAS_FUNCTION;
  const exact = BY_NAME.get(workloadName);
  if (exact !== undefined) {
    // A generic name (`speaker`) counts only in its namespaces; the component's own name (`metallb-speaker`) anywhere.
    for (const e of exact) if (allowed(e, namespace) || (e.generic.length > 0 && !e.generic.includes(workloadName))) return e;
  }
  // `helm install --generate-name` names the release <chart>-<Unix seconds>: coredns-1727408780.
  if (isGeneratedRelease(workloadName)) return matchComponent(workloadName.slice(0, -11), namespace);
  // Such a release names its parts after itself too, <chart>-<Unix seconds>-<part>: minio-operator-1629213187-console (fh/17).
  const mid = GENERATED_RELEASE_PART.exec(workloadName);
  if (mid !== null) {
    const e = matchComponent(workloadName.slice(0, mid.index) + workloadName.slice(mid.index + 11), namespace);
    if (e !== undefined) return e;
  }
  // The entries whose patterns could match, merged back into the knowledge base's order (the first match wins).
  const a = BY_FIRST.get(workloadName.charCodeAt(0)) ?? NO_ENTRIES;
  const b = BY_LAST.get(workloadName.charCodeAt(workloadName.length - 1)) ?? NO_ENTRIES;
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    const ka = i < a.length ? (a[i] as number) : Infinity;
    const kb = j < b.length ? (b[j] as number) : Infinity;
    const k = Math.min(ka, kb);
    if (ka === k) i++;
    if (kb === k) j++;
    const e = WITH_PATTERNS[k] as ComponentInfo;
    if (!e.patternsAnywhere && !allowed(e, namespace)) continue;
    for (const p of e.prefixes) if (workloadName.startsWith(p)) return e;
    for (const x of e.suffixes) if (workloadName.endsWith(x)) return e;
  }
  if (workloadName.endsWith(KNATIVE_DEPLOYMENT)) {
    const part = kserveRevision(workloadName);
    if (part !== undefined) return part;
  }
  if (workloadName.endsWith(ARC_LISTENER_END) && arcListener(workloadName)) return ARC_LISTENER;
  if (isEphemeralRunner(workloadName)) return ARC_RUNNER;
  if (workloadName.endsWith(KEYCLOAK_END) && keycloakRelease(workloadName)) return KEYCLOAK;
  if (loggingConfigCheck(workloadName)) return LOGGING_CONFIGCHECK;
  if (workloadName.charCodeAt(0) === 119 && cheWorkspace(workloadName)) return CHE_WORKSPACE;
  if (workloadName.charCodeAt(0) === 116 && telepresenceSession(workloadName)) return TELEPRESENCE_SESSION;
  if (jitsiBridge(workloadName)) return JITSI_MEET;
  if (workloadName.charCodeAt(0) === 99 && altinityHost(workloadName)) return ALTINITY_CLICKHOUSE;
  const n = workloadName.length;
  if (n > 14 && workloadName.charCodeAt(n - 9) === 45) {
    const vitess = vitessPart(workloadName);
    if (vitess !== undefined) return vitess;
  }
  if (n > 15 && workloadName.charCodeAt(n - 5) === 45 && workloadName.indexOf(PGO_SET) > 0 && pgoInstance(workloadName)) return PGO_INSTANCE;
  if (n === SELF_HOSTED_ETCD_MEMBER && workloadName.startsWith(SELF_HOSTED_ETCD) && allDigitsIn(workloadName, n - 4, n) && allowed(ETCD, namespace)) return ETCD;
  const last = workloadName.charCodeAt(workloadName.length - 1);
  if (last === 116 && n === CSTOR_TARGET_LENGTH && cstorTarget(workloadName)) return CSTOR_TARGET;
  if ((last === 108 || last === 112) && legacyJivaVolume(workloadName)) return JIVA_VOLUME;
  if (last === 98 && workloadName.endsWith(COCKROACHDB_END) && workloadName.length > COCKROACHDB_END.length && !workloadName.startsWith(PROMETHEUS_SET)) return COCKROACHDB;
  if (last >= 48 && last <= 57 && crdbVersionCheck(workloadName)) return COCKROACHDB_VCHECK;
  if ((last === 98 || (last >= 48 && last <= 57)) && veleroMaintenance(workloadName)) return VELERO_REPO_MAINTENANCE;
  if (last === 114 && n === KPS_OPERATOR_LENGTH && kpsShortOperator(workloadName)) return PROMETHEUS_OPERATOR;
  if (last === 115 && operatorPrometheus(workloadName)) return PROMETHEUS;
  if (workloadName.charCodeAt(workloadName.length - PACKAGE_HASH - 1) === 45 && namespace !== null && CROSSPLANE_NAMESPACES.includes(namespace)) return crossplanePackage(workloadName);
  return undefined;
}

const LOGGING_CONFIGCHECK = BY_ID.get('logging-operator-configcheck') as ComponentInfo;
const TELEPRESENCE_SESSION = BY_ID.get('telepresence-session') as ComponentInfo;
const TELEPRESENCE = 'telepresence-';

/** Telepresence 1's session Deployment: `telepresence-<10-digit Unix seconds>-<microseconds>-<pid>`, three runs of digits. */
function telepresenceSession(name: string): boolean {
  if (!name.startsWith(TELEPRESENCE)) return false;
  const parts = name.slice(TELEPRESENCE.length).split('-');
  return parts.length === 3 && (parts[0] as string).length === 10 && parts.every((p) => p.length > 0 && allDigitsIn(p, 0, p.length));
}
const CHE_WORKSPACE = BY_ID.get('che-workspace') as ComponentInfo;
const WORKSPACE = 'workspace';
/** The characters of a workspace id after `workspace`: 16 hex from the DevWorkspace's UID, or Che 7's 16 random alphanumerics. */
const WORKSPACE_ID = 16;

/**
 * A Che workspace's Deployment: `workspace<id>` (the DevWorkspace Operator) or `workspace<id>.<machine>` (Che 7's own engine).
 * The id must hold a digit: sixteen letters glued to `workspace` would be someone's word, not an id.
 */
function cheWorkspace(name: string): boolean {
  const end = WORKSPACE.length + WORKSPACE_ID;
  if (name.length < end || !name.startsWith(WORKSPACE)) return false;
  if (name.length > end && (name.charCodeAt(end) !== 46 || name.length === end + 1)) return false;
  let digit = false;
  for (let i = WORKSPACE.length; i < end; i++) {
    const c = name.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c < 97 || c > 122) return false;
  }
  return digit;
}
const JITSI_MEET = BY_ID.get('jitsi-meet') as ComponentInfo;
const JITSI_BRIDGE = '-jitsi-meet-jvb-';

/**
 * jitsi-helm's videobridge from the chart's 1.4 on: one Deployment per bridge, `<release>-jitsi-meet-jvb-<index>`
 * (meet-jitsi-meet-jvb-0), the index a suffix no fixed pattern holds.
 */
function jitsiBridge(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  if (last < 48 || last > 57) return false;
  const at = name.lastIndexOf(JITSI_BRIDGE);
  return at > 0 && allDigitsIn(name, at + JITSI_BRIDGE.length, name.length);
}
const CONFIGCHECK_ENDS = ['-fluentd-configcheck', '-syslog-ng-configcheck'] as const;

/** The Logging operator's configuration check pod: `<logging>-fluentd-configcheck-<8 hex>` (or `-syslog-ng-`). */
function loggingConfigCheck(name: string): boolean {
  const dash = name.length - 9;
  if (dash <= 0 || name.charCodeAt(dash) !== 45) return false;
  for (let i = dash + 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  const base = name.slice(0, dash);
  return CONFIGCHECK_ENDS.some((e) => base.endsWith(e) && base.length > e.length);
}

const CSTOR_TARGET = BY_ID.get('cstor-target') as ComponentInfo;
const PVC = 'pvc-';
const TARGET_END = '-target';
/** `pvc-<uuid>-target`: the length a volume's UID gives it. */
const CSTOR_TARGET_LENGTH = PVC.length + 36 + TARGET_END.length;

/** cstor-operators' target Deployment of a volume, named after its PersistentVolume (pvc-<uuid>) and `-target`. */
function cstorTarget(name: string): boolean {
  return name.startsWith(PVC) && name.endsWith(TARGET_END) && name.charCodeAt(12) === 45 && name.charCodeAt(17) === 45;
}

const JIVA_VOLUME = BY_ID.get('openebs-jiva-volume') as ComponentInfo;
const LEGACY_JIVA_ENDS = ['-ctrl', '-rep'] as const;

/**
 * Jiva before its operator (OpenEBS 0.x-1.x, maya-apiserver): a volume's controller and replicas were Deployments
 * pvc-<uuid>-ctrl and pvc-<uuid>-rep in the application's own namespace (fh/05), so only the PersistentVolume's name in
 * front tells them from any app's -ctrl.
 */
function legacyJivaVolume(name: string): boolean {
  if (!name.startsWith(PVC) || name.charCodeAt(12) !== 45 || name.charCodeAt(17) !== 45) return false;
  return LEGACY_JIVA_ENDS.some((e) => name.length === PVC.length + 36 + e.length && name.endsWith(e));
}

/** The hex characters of a package revision's digest that Crossplane names the revision, and its Deployment, with. */
const PACKAGE_HASH = 12;
const CROSSPLANE_FUNCTION = BY_ID.get('crossplane-function') as ComponentInfo;
const CROSSPLANE_PROVIDER_NAMED = BY_ID.get('crossplane-provider-named') as ComponentInfo;
const CROSSPLANE_PACKAGE = BY_ID.get('crossplane-package') as ComponentInfo;

/**
 * `<package>-<12 hex>` in Crossplane's namespaces: a provider's or a function's revision, whatever its user named the Provider
 * or Function (helm-provider-b4cc4c2c8db3). Its name says which when it holds the word; else it may be either.
 */
function crossplanePackage(name: string): ComponentInfo | undefined {
  const start = name.length - PACKAGE_HASH;
  if (start < 2) return undefined;
  for (let i = start; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return undefined;
  }
  const base = name.slice(0, start - 1);
  if (base.includes('function')) return CROSSPLANE_FUNCTION;
  if (base.includes('provider')) return CROSSPLANE_PROVIDER_NAMED;
  return CROSSPLANE_PACKAGE;
}

const KNATIVE_DEPLOYMENT = '-deployment';
const KSERVE_PARTS: readonly (readonly [string, ComponentInfo])[] = [
  ['-predictor', BY_ID.get('kserve-predictor') as ComponentInfo],
  ['-transformer', BY_ID.get('kserve-transformer') as ComponentInfo],
  ['-explainer', BY_ID.get('kserve-explainer') as ComponentInfo],
];
const KNATIVE_REVISION = BY_ID.get('knative-revision') as ComponentInfo;

/**
 * `<isvc>-predictor[-default]-<5 characters>-deployment`: the Deployment Knative runs for a revision of an InferenceService's
 * part (its transformer's, its explainer's). A suffix cannot say it (the revision varies), and `-predictor-` alone is a Seldon
 * predictor's too. Another `<service>-<5 digits>-deployment` is a plain Knative Service's revision.
 */
function kserveRevision(name: string): ComponentInfo | undefined {
  const end = name.length - KNATIVE_DEPLOYMENT.length;
  const dash = end - 6;
  if (dash < 1 || name.charCodeAt(dash) !== 45) return undefined;
  let digits = true;
  for (let i = dash + 1; i < end; i++) {
    const c = name.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c < 97 || c > 122) return undefined;
    digits = false;
  }
  const rest = name.endsWith('-default', dash) ? dash - 8 : dash;
  for (const [p, e] of KSERVE_PARTS) if (rest > p.length && name.endsWith(p, rest)) return e;
  return digits ? KNATIVE_REVISION : undefined;
}

/** The Vitess parts vitess-operator names `<...>-<part>-<8 hex>`. */
const VITESS_HASHED: ReadonlyMap<string, ComponentInfo> = new Map([
  ['vtgate', BY_ID.get('vitess-vtgate') as ComponentInfo],
  ['vtctld', BY_ID.get('vitess-vtctld') as ComponentInfo],
  ['vtorc', BY_ID.get('vitess-vtorc') as ComponentInfo],
  ['vtadmin', BY_ID.get('vitess-vtadmin') as ComponentInfo],
]);
const VTTABLET = '-vttablet-';
const VITESS_VTTABLET = BY_ID.get('vitess-vttablet') as ComponentInfo;

/**
 * vitess-operator's names, which end in 8 hex characters of a hash: a tablet pod `<cluster>-vttablet-<cell>-<uid>-<hash>`, a
 * Deployment `<cluster>-<cell>-vtgate-<hash>` (vtctld, vtorc, vtadmin the same).
 */
function vitessPart(name: string): ComponentInfo | undefined {
  const end = name.length - 9;
  for (let i = end + 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return undefined;
  }
  const dash = name.lastIndexOf('-', end - 1);
  const part = dash < 1 ? undefined : VITESS_HASHED.get(name.slice(dash + 1, end));
  if (part !== undefined) return part;
  const at = name.indexOf(VTTABLET);
  return at > 0 && at + VTTABLET.length < dash ? VITESS_VTTABLET : undefined;
}

/**
 * bootkube's and Tectonic's self-hosted etcd (hunt cc/09): etcd-operator runs the EtcdCluster kube-etcd in kube-system and names each
 * member pod <cluster>-<4 digits>, kube-etcd-0000. Only that cluster's name says it is the cluster's own etcd.
 */
const SELF_HOSTED_ETCD = 'kube-etcd-';
const SELF_HOSTED_ETCD_MEMBER = SELF_HOSTED_ETCD.length + 4;
const ETCD = BY_ID.get('etcd') as ComponentInfo;

const COCKROACHDB_VCHECK = BY_ID.get('cockroachdb-vcheck') as ComponentInfo;
const VCHECK = '-vcheck-';

/**
 * cockroach-operator's version check Job `<CrdbCluster>-vcheck-<Unix minute>` (a new one each retry, ez/11): seven to nine digits
 * cover 1989 to 3871, so a version or a port after `-vcheck-` is not read so.
 */
function crdbVersionCheck(name: string): boolean {
  const dash = name.lastIndexOf('-');
  const digits = name.length - dash - 1;
  if (digits < 7 || digits > 9 || dash < VCHECK.length || !name.startsWith(VCHECK, dash - VCHECK.length + 1)) return false;
  return allDigitsIn(name, dash + 1, name.length);
}

const COCKROACHDB_END = '-cockroachdb';
const COCKROACHDB = BY_ID.get('cockroachdb') as ComponentInfo;
/** The Prometheus Operator's StatefulSet of a Prometheus resource, prometheus-<name>: the explain stage reads it beside the operator. */
const PROMETHEUS_SET = 'prometheus-';

const PGO_SET = '-instance';
const PGO_INSTANCE = BY_ID.get('pgo-instance') as ComponentInfo;

/** `<cluster>-instance<n>-<4 random>`: a PGO v5 instance set's StatefulSet (instance1, the set name its examples use). */
function pgoInstance(name: string): boolean {
  const end = name.length - 5;
  // Its last four characters k8s.io's rand.String drew.
  if (!allInAlphabet(name, end + 1)) return false;
  const dash = name.lastIndexOf('-', end - 1);
  if (dash < 1 || !name.startsWith(PGO_SET, dash)) return false;
  const from = dash + PGO_SET.length;
  return from === end || allDigitsIn(name, from, end);
}

const ALTINITY_CLICKHOUSE = BY_ID.get('altinity-clickhouse') as ComponentInfo;

/** `chi-<installation>-<cluster>-<shard>-<replica>` (or `chk-`): the name ends in two numbers, and something stands between them and its start. */
function altinityHost(name: string): boolean {
  if (!name.startsWith('chi-') && !name.startsWith('chk-')) return false;
  let end = name.length;
  for (let k = 0; k < 2; k++) {
    const dash = name.lastIndexOf('-', end - 1);
    if (dash < 4 || dash === end - 1 || !allDigitsIn(name, dash + 1, end)) return false;
    end = dash;
  }
  return end > 4;
}

function allDigitsIn(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const MAINTAIN_JOB = '-maintain-job';
/** Digits of a Unix time in milliseconds (13 until the year 2286). */
const UNIX_MS = 13;
/** A BackupRepository's generated name: <volume namespace>-<location>-<type>-<5>. */
const BACKUP_REPOSITORY = /-(?:kopia|restic)-[a-z0-9]{5}$/;
const VELERO_REPO_MAINTENANCE = BY_ID.get('velero-repo-maintenance') as ComponentInfo;

/**
 * Velero's repository maintenance Job, `<BackupRepository>-maintain-job-<Unix ms>` or `repo-maintain-job-<Unix ms>`, with its stamp
 * or without (the owner stage may drop it as a number). A `-maintain-job` of another's (db-maintain-job) is no repository's.
 */
function veleroMaintenance(name: string): boolean {
  let end = name.length;
  if (end > UNIX_MS + 1 && name.charCodeAt(end - UNIX_MS - 1) === 45 && allDigitsIn(name, end - UNIX_MS, end)) end -= UNIX_MS + 1;
  if (!name.endsWith(MAINTAIN_JOB, end)) return false;
  const repo = name.slice(0, end - MAINTAIN_JOB.length);
  return repo === 'repo' || BACKUP_REPOSITORY.test(repo);
}

const KEYCLOAK_END = '-keycloak';
const KEYCLOAK = BY_ID.get('keycloak') as ComponentInfo;
/** Words that, just before `-keycloak`, name a database kept for Keycloak (cnpg-keycloak, a CloudNativePG cluster), not Keycloak. */
const DATABASE_WORDS: ReadonlySet<string> = new Set(['cnpg', 'pg', 'postgres', 'postgresql', 'mysql', 'mariadb', 'db', 'database']);

/** `<release>-keycloak`, a chart's Keycloak (demo-keycloak), unless the word before the ending names a database (cnpg-keycloak). */
function keycloakRelease(name: string): boolean {
  const end = name.length - KEYCLOAK_END.length;
  if (end < 1) return false;
  return !DATABASE_WORDS.has(name.slice(name.lastIndexOf('-', end - 1) + 1, end));
}

const KPS_CHART = '-kube-prometheus-stack';
const KPS_FULLNAME_LENGTH = 26;
const KPS_OPERATOR_END = '-operator';
const KPS_OPERATOR_LENGTH = KPS_FULLNAME_LENGTH + KPS_OPERATOR_END.length;
const PROMETHEUS_OPERATOR = BY_ID.get('prometheus-operator') as ComponentInfo;

/**
 * kube-prometheus-stack's operator where the 26-character cut of its fullname leaves -kube-p, -kube-pr or -kube-pro
 * (release prometheus-operator: prometheus-operator-kube-p-operator, hunt cr/08). Cut that short the words say too
 * little alone (KPS_FULLNAME_ENDS stops at -kube-prom); only at exactly the cut's length are they the chart's.
 */
function kpsShortOperator(name: string): boolean {
  if (!name.endsWith(KPS_OPERATOR_END)) return false;
  const full = name.slice(0, KPS_FULLNAME_LENGTH);
  for (let k = 7; k <= 9; k++) if (full.endsWith(KPS_CHART.slice(0, k)) && full.length > k) return true;
  return false;
}

const PROMETHEUS = BY_ID.get('prometheus') as ComponentInfo;
const PROMETHEUS_END = '-prometheus';

/** The Prometheus Operator's StatefulSet of a Prometheus resource named <x>-prometheus: prometheus-kps-kube-prome-prometheus. */
function operatorPrometheus(name: string): boolean {
  return name.endsWith(PROMETHEUS_END) && name.startsWith(PROMETHEUS_SET);
}

const ARC_LISTENER_END = '-listener';
const ARC_LISTENER = BY_ID.get('arc-listener') as ComponentInfo;
const ARC_RUNNER = BY_ID.get('arc-runner') as ComponentInfo;
const EPHEMERAL_RUNNER = '-runner-';

/**
 * `<scale set>-<5>-runner-<5>`: the pod of one of ARC's EphemeralRunners (the EphemeralRunnerSet is `<scale set>-<5>`, each
 * EphemeralRunner `<set>-runner-<5>`, both by generateName). Both parts in the generator's alphabet: a user's word there
 * (`ci-tests-runner-x7k2p`) has a vowel.
 */
export function isEphemeralRunner(name: string): boolean {
  const at = name.length - 13;
  return at > 6 && name.charCodeAt(at - 6) === 45 && name.startsWith(EPHEMERAL_RUNNER, at) && allInAlphabet(name, at - 5, at) && allInAlphabet(name, at + 8);
}
/** What k8s.io's SafeEncodeString makes of the decimal digits 0-9 (ARC's FNVHashString): b c d f 4 5 6 7 8 9. */
const ARC_HASH_CHARS = new Set([...'bcdf456789'].map((ch) => ch.charCodeAt(0)));

/**
 * `<scale set>-<8>-listener`: ARC's AutoscalingListener and its pod. The 8 characters begin a 32-bit FNV hash written in decimal and
 * encoded by SafeEncodeString, so only ten characters occur there (no a, e, 0-3): a word of the user's (`-payments-listener`) has others.
 */
function arcListener(name: string): boolean {
  const end = name.length - ARC_LISTENER_END.length;
  const dash = end - 9;
  if (dash < 1 || name.charCodeAt(dash) !== 45) return false;
  for (let i = dash + 1; i < end; i++) if (!ARC_HASH_CHARS.has(name.charCodeAt(i))) return false;
  return true;
}

/** A generated release's seconds inside a name, between its chart and the part the chart names after it. */
const GENERATED_RELEASE_PART = /-\d{10}-/;

function isGeneratedRelease(name: string): boolean {
  const n = name.length;
  if (n < 13 || name.charCodeAt(n - 11) !== 45) return false;
  for (let i = n - 10; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The entries that list `name` among the generic names they own only in their namespaces. */
export function genericOwners(name: string): readonly ComponentInfo[] {
  const exact = BY_NAME.get(name);
  return exact === undefined ? [] : exact.filter((e) => e.onlyInNamespaces && (e.generic.length === 0 || e.generic.includes(name)));
}

/**
 * Families (ComponentInfo.family): how many distinct names of one family a namespace, or the rows without one, must show for
 * its generic names to count there. Two for JupyterHub (hub beside proxy), Juju (a controller beside a modeloperator), the
 * Logging operator (<logging>-fluentd beside the operator), llm-d (an endpoint picker beside its ModelService) and NGINX Service
 * Mesh (its NATS server beside its API), whose names together say nothing else; three for Linkerd's viz extension, Knative Serving's core
 * (controller and webhook are anyone's), HyperShift's hosted control plane and Gloo Edge (gateway, discovery,
 * gateway-proxy), whose names one by one are anyone's.
 */
export const FAMILY_MIN: Readonly<Record<string, number>> = { 'gloo-edge': 3, hypershift: 3, jupyterhub: 2, juju: 2, 'knative-serving': 3, 'linkerd-viz': 3, 'llm-d': 2, 'logging-operator': 2, 'minio-operator': 2, 'nginx-service-mesh': 2, stackrox: 3 };
const FAMILY_ENTRIES = new Map<string, ComponentInfo[]>();
/** Exact names of family entries, to their families. */
const FAMILY_BY_NAME = new Map<string, string[]>();
for (const e of COMPONENTS) {
  if (e.family === null) continue;
  FAMILY_ENTRIES.set(e.family, [...(FAMILY_ENTRIES.get(e.family) ?? []), e]);
  for (const n of e.names) if (!(FAMILY_BY_NAME.get(n) ?? []).includes(e.family)) FAMILY_BY_NAME.set(n, [...(FAMILY_BY_NAME.get(n) ?? []), e.family]);
}
const NO_FAMILIES: readonly string[] = [];

/** The families that own `name` among their exact names (`hub`: jupyterhub). */
export function familiesOf(name: string): readonly string[] {
  return FAMILY_BY_NAME.get(name) ?? NO_FAMILIES;
}

/** Every family a name could belong to, its prefixes' and suffixes' included (`jupyter-admin`: jupyterhub). */
export function familiesMatching(name: string): readonly string[] {
  const out: string[] = [];
  for (const f of FAMILY_ENTRIES.keys()) if (familyMember(name, f) !== undefined) out.push(f);
  return out;
}

/**
 * The entry of `family` a workload name is, whatever the namespace: what a family seen together makes of its names.
 *
 * @example
 * familyMember('hub', 'jupyterhub')?.id // 'jupyterhub'
 */
export function familyMember(name: string, family: string): ComponentInfo | undefined {
  for (const e of FAMILY_ENTRIES.get(family) ?? []) {
    if (e.names.includes(name) || e.prefixes.some((p) => name.startsWith(p) && name.length > p.length) || e.suffixes.some((x) => name.endsWith(x) && name.length > x.length)) return e;
  }
  return undefined;
}

/** Every workload name the knowledge base knows, for the owner stage (static pods and DaemonSets). */
export function knownNames(): ReadonlySet<string> {
  return new Set(BY_NAME.keys());
}

/** Matches a component from `--show-labels` labels (k8s-app=kube-dns, component=etcd). */
export function matchByLabels(labels: Readonly<Record<string, string>>): ComponentInfo | undefined {
  for (const e of COMPONENTS) {
    const keys = Object.keys(e.labels);
    if (keys.length > 0 && keys.every((k) => labels[k] === e.labels[k])) return e;
  }
  return undefined;
}
