import { describe, expect, test } from 'vitest';
import type { ComponentInfo } from './components.ts';
import { argoWorkflow, cnpgJobCluster, controlPlaneNode, eckPodCluster, etcdMemberCluster, controlPlaneNodeIn, describedOwner, flinkCluster, inferOwner, isGeneratedFive, labelledOwner, nameShape, nodeStaticPodNode, ownerOf, packedShape, replicaSetDeployment, sparkExecutorPrefix, sparkSubmitted, staticPodFamily, syncedName, tektonPodTail, tektonTaskRun, trainingReplica, upgradeJobName } from './owner.ts';

const ctx = { nodes: new Set(['m-k8s', 'w1-k8s', 'kube02.example.com']), fiveBaseNodes: new Map([['logship', 3], ['worker', 1]]) };

describe('nameShape', () => {
  test.each([
    { name: 'Deployment pod', input: 'coredns-66bff467f8-4j4lj', type: 'deployment', base: 'coredns' },
    { name: 'Deployment with a 9-char hash', input: 'calico-kube-controllers-99c9b6f64-5cvw6', type: 'deployment', base: 'calico-kube-controllers' },
    { name: 'CronJob pod (minute stamp)', input: 'backup-29400000-x7k2p', type: 'cronjob', base: 'backup' },
    { name: 'DaemonSet or Job pod', input: 'kube-proxy-2tpvj', type: 'five', base: 'kube-proxy' },
    { name: 'StatefulSet pod', input: 'web-2', type: 'ordinal', base: 'web' },
    { name: 'plain', input: 'storage-provisioner', type: 'plain', base: 'storage-provisioner' },
    { name: 'no dash', input: 'busybox', type: 'plain', base: 'busybox' },
    { name: 'leading zero is not an ordinal', input: 'build-007', type: 'plain', base: 'build-007' },
  ])('$name', ({ input, type, base }) => {
    const s = nameShape(input);
    expect(s.type).toBe(type);
    expect(s.base).toBe(base);
  });
});

describe('inferOwner', () => {
  const cases = [
    { name: 'static pod named after its node', pod: 'etcd-m-k8s', node: 'm-k8s', status: 'Running', kind: 'StaticPod', owner: 'etcd', confidence: 'high' },
    { name: 'static pod on an FQDN node', pod: 'kube-proxy-kube02.example.com', node: 'kube02.example.com', status: 'Running', kind: 'StaticPod', owner: 'kube-proxy', confidence: 'medium' },
    { name: 'control-plane pod, node not shown', pod: 'kube-apiserver-master', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-apiserver', confidence: 'medium' },
    { name: 'Deployment', pod: 'coredns-66bff467f8-4j4lj', node: 'm-k8s', status: 'Running', kind: 'Deployment', owner: 'coredns', confidence: 'high' },
    { name: 'Deployment with a retyped suffix', pod: 'nginx-deployment-75675f5897-7ci7o', node: null, status: 'Running', kind: 'Deployment', owner: 'nginx-deployment', confidence: 'medium' },
    { name: 'known DaemonSet', pod: 'calico-node-6r9bf', node: 'w1-k8s', status: 'Running', kind: 'DaemonSet', owner: 'calico-node', confidence: 'high' },
    { name: 'a running one-off task is a Job\'s', pod: 'diode-db-automigrate-tddnc', node: null, status: 'Init:0/1', kind: 'Job', owner: 'diode-db-automigrate', confidence: 'low' },
    { name: "Ory's Hydra migration Job under a release name, which the knowledge base knows (ey/13)", pod: 'diode-hydra-automigrate-tddnc', node: null, status: 'Init:0/1', kind: 'Job', owner: 'diode-hydra-automigrate', confidence: 'high' },
    { name: "a chart's hook named with the chart's version is a Job's", pod: 'mimir-make-minio-buckets-5.4.0-xfdfl', node: null, status: 'CrashLoopBackOff', kind: 'Job', owner: 'mimir-make-minio-buckets-5.4.0', confidence: 'low' },
    { name: "a chart's hook named with its version dashed and the revision is a Job's, restarting or not (Temporal, hunt w/04); its Init:Error without a restart says so more surely", pod: 'temporal-temporalio-chart-namespace-1-2-0-1-hpltv', node: null, status: 'Init:Error', kind: 'Job', owner: 'temporal-temporalio-chart-namespace-1-2-0-1', confidence: 'medium' },
    { name: 'three numbers at the end are no chart version and revision: a DaemonSet guess', pod: 'agent-1-2-0-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'agent-1-2-0', confidence: 'low' },
    { name: "Hive's provision Job for a ClusterDeployment (hunt dc/15)", pod: 'ci-openshift-46-aws-us-east-1-ccxp4-0-gpjsf-provision-hc96n', node: null, status: 'NotReady', kind: 'Job', owner: 'ci-openshift-46-aws-us-east-1-ccxp4-0-gpjsf-provision', confidence: 'low' },
    { name: "a chart's helm test pod named with randAlphaNum (vowels, a 1) is a bare pod (dz/09)", pod: 'consul-consul-test-1klet', node: null, status: 'Error', kind: 'Pod', owner: 'consul-consul-test-1klet', confidence: 'medium' },
    { name: "a test pod with a generated suffix is still a Job's", pod: 'consul-consul-test-x7k2p', node: null, status: 'Error', kind: 'Job', owner: 'consul-consul-test', confidence: 'medium' },
    { name: 'a provisioner is no one-off task', pod: 'nfs-provisioner-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'nfs-provisioner', confidence: 'low' },
    { name: 'an init task named first', pod: 'init-extensions-nrtt4', node: null, status: 'ContainerStatusUnknown', kind: 'Job', owner: 'init-extensions', confidence: 'low' },
    { name: 'an installer DaemonSet stays a DaemonSet guess', pod: 'gpu-driver-installer-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'gpu-driver-installer', confidence: 'low' },
    { name: 'DaemonSet by spread over nodes', pod: 'logship-xk2pq', node: 'w1-k8s', status: 'Running', kind: 'DaemonSet', owner: 'logship', confidence: 'medium' },
    { name: 'Job by completion', pod: 'worker-xk2pq', node: 'w1-k8s', status: 'Completed', kind: 'Job', owner: 'worker', confidence: 'medium' },
    { name: 'known Job (ingress-nginx admission)', pod: 'ingress-nginx-admission-create-4vjxq', node: null, status: 'Completed', kind: 'Job', owner: 'ingress-nginx-admission-create', confidence: 'high' },
    { name: 'CronJob', pod: 'backup-29400000-x7k2p', node: null, status: 'Completed', kind: 'CronJob', owner: 'backup', confidence: 'medium' },
    { name: 'StatefulSet', pod: 'web-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'web', confidence: 'medium' },
    { name: 'a numbered pod Completed (no StatefulSet pod stays so)', pod: 'nvshare-tf-matmul-1', node: null, status: 'Completed', kind: 'Pod', owner: 'nvshare-tf-matmul-1', confidence: 'low' },
    { name: "a StatefulSet the knowledge base knows keeps a member left Completed (APISIX's etcd, fc/16)", pod: 'apisix-etcd-1', node: null, status: 'Completed', kind: 'StatefulSet', owner: 'apisix-etcd', confidence: 'high', ns: 'ingress-apisix' },
    { name: 'known bare pod (minikube)', pod: 'storage-provisioner', node: null, status: 'Running', kind: 'Pod', owner: 'storage-provisioner', confidence: 'high' },
    { name: 'unknown bare pod', pod: 'debug', node: null, status: 'Running', kind: 'Pod', owner: 'debug', confidence: 'low' },
    { name: 'hash made only of digits (safe-encoded)', pod: 'metrics-server-7778865875-9wkhg', node: null, status: 'Running', kind: 'Deployment', owner: 'metrics-server', confidence: 'high' },
    { name: 'decimal hash of Kubernetes < 1.8', pod: 'nginx-deployment-4234284026-ktzgw', node: null, status: 'Running', kind: 'Deployment', owner: 'nginx-deployment', confidence: 'medium' },
    { name: "a decimal hash under a name known as a bare pod's: kubectl run's Deployment before 1.8 (hunt cl/09)", pod: 'busybox-2125412808-chxq0', node: null, status: 'Running', kind: 'Deployment', owner: 'busybox', confidence: 'medium' },
    { name: "a name vCluster shortened to 52 characters and a hash: no owner to read", pod: 'rke2-control-plane-controller-manager-7f6559b6bd-plw-b5d3f978b8', node: null, status: 'Running', kind: 'Pod', owner: 'rke2-control-plane-controller-manager-7f6559b6bd-plw-b5d3f978b8', confidence: 'low' },
    { name: 'ContainerCannotRun is an end: a Job\'s pod', pod: 'test-job-tqbvl', node: null, status: 'ContainerCannotRun', kind: 'Job', owner: 'test-job', confidence: 'medium' },
    { name: 'ExitCode:1 is an end: a Job\'s pod', pod: 'test-job-tqbvl', node: null, status: 'ExitCode:1', kind: 'Job', owner: 'test-job', confidence: 'medium' },
    { name: 'a masked suffix (a doc\'s -yyyyy) of a known DaemonSet', pod: 'aws-node-yyyyy', node: null, status: 'Running', kind: 'DaemonSet', owner: 'aws-node', confidence: 'high', ns: 'kube-system' },
    { name: 'a masked suffix in capitals of a known DaemonSet', pod: 'kube-proxy-XXXXX', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kube-proxy', confidence: 'high', ns: 'kube-system' },
    { name: 'masked hash and suffix (-xxxxxxxxxx-aaaaa)', pod: 'coredns-xxxxxxxxxx-aaaaa', node: null, status: 'Running', kind: 'Deployment', owner: 'coredns', confidence: 'medium', ns: 'kube-system' },
    { name: 'a known Deployment with one masked part: its hash left out, not a DaemonSet', pod: 'coredns-XXXXX', node: null, status: 'Running', kind: 'Deployment', owner: 'coredns', confidence: 'low', ns: 'kube-system' },
    { name: "Knative's <revision>-deployment, its hash and suffix masked as one word (KServe, s/36)", pod: 'd5ce6b94087b41-predictor-default-vcwhr-deployment-xxxx', node: null, status: 'Running', kind: 'Deployment', owner: 'd5ce6b94087b41-predictor-default-vcwhr-deployment', confidence: 'low', ns: 'models' },
    { name: "a -deployment name masked, a one-off word in it: a Deployment's still (Kubernetes Goat's build-code-deployment-xxx, hunt ca/09)", pod: 'build-code-deployment-xxx', node: null, status: 'Running', kind: 'Deployment', owner: 'build-code-deployment', confidence: 'low', ns: 'default' },
    { name: "the one-off word without -deployment: a Job's", pod: 'build-code-xxx', node: null, status: 'Running', kind: 'Job', owner: 'build-code', confidence: 'low', ns: 'default' },
    { name: "a base named a ReplicationController (badPods, hunt ca/14)", pod: 'everything-allowed-exec-replicationcontroller-z9k8n', node: null, status: 'Running', kind: 'ReplicationController', owner: 'everything-allowed-exec-replicationcontroller', confidence: 'low', ns: 'default' },
    { name: 'replication as another word stays a DaemonSet guess', pod: 'replication-agent-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'replication-agent', confidence: 'low', ns: 'default' },
    { name: 'a -deployment name with a real generated part stays a DaemonSet guess', pod: 'web-deployment-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'web-deployment', confidence: 'low', ns: 'default' },
    { name: "a static pod on a node named by its address, the node not in the paste (OKE's proxymux-client, u/04)", pod: 'proxymux-client-10.0.10.2', node: null, status: 'Running', kind: 'StaticPod', owner: 'proxymux-client', confidence: 'medium' },
    { name: 'three numbers after the dash are no address', pod: 'proxymux-client-10.0.10', node: null, status: 'Running', kind: 'Pod', owner: 'proxymux-client-10.0.10', confidence: 'low' },
    { name: 'a number past 255 is no address', pod: 'probe-10.0.10.256', node: null, status: 'Running', kind: 'Pod', owner: 'probe-10.0.10.256', confidence: 'low', ns: 'default' },
    { name: 'a known Deployment with one real generated part: run as a DaemonSet (Kubespray\'s ingress-nginx-controller)', pod: 'ingress-nginx-controller-ccbzr', node: null, status: 'Running', kind: 'DaemonSet', owner: 'ingress-nginx-controller', confidence: 'low', ns: 'ingress-nginx' },
    { name: 'a 63-character name cut right at the dash before its hash, of a Deployment the knowledge base knows', pod: 'gpu-operator-v23-1696394609-node-feature-discovery-master-pbvzc', node: null, status: 'Running', kind: 'Deployment', owner: 'gpu-operator-v23-1696394609-node-feature-discovery-master', confidence: 'medium', ns: 'gpu-operator' },
    { name: "OpenShift 3.11's master-api static pod on its node", pod: 'master-api-master', node: null, status: 'Running', kind: 'StaticPod', owner: 'master-api', confidence: 'high', ns: 'kube-system' },
    { name: "a doc's stand-ins for hash and suffix (<hash>-<hash>)", pod: 'databox-gateway-s3-<hash>-<hash>', node: null, status: 'Running', kind: 'Deployment', owner: 'databox-gateway-s3', confidence: 'medium' },
    { name: "a doc's stand-in for a known DaemonSet's suffix", pod: 'kube-proxy-<random>', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kube-proxy', confidence: 'high', ns: 'kube-system' },
    { name: "a redacted paste's stand-in in brackets for a known DaemonSet's suffix (hunt cd/10)", pod: 'calico-node-[X]', node: null, status: 'Running', kind: 'DaemonSet', owner: 'calico-node', confidence: 'high', ns: 'kube-system' },
    { name: 'brackets for a known Deployment\'s hash and suffix: that Deployment, a guess (hunt cd/10)', pod: 'coredns-[X]', node: null, status: 'Running', kind: 'Deployment', owner: 'coredns', confidence: 'low', ns: 'kube-system' },
    { name: 'so too angle brackets there: no DaemonSet of coredns', pod: 'coredns-<random>', node: null, status: 'Running', kind: 'Deployment', owner: 'coredns', confidence: 'low', ns: 'kube-system' },
    { name: 'brackets behind a name that says Deployment (hunt cd/10)', pod: 'hello-k8s-deployment-[HASH]', node: null, status: 'Running', kind: 'Deployment', owner: 'hello-k8s-deployment', confidence: 'low', ns: 'default' },
    { name: 'a hash shortened and a suffix masked to two letters (hunt cd/18): the Deployment the knowledge base knows', pod: 'coredns-5d78c98-xx', node: null, status: 'Pending', kind: 'Deployment', owner: 'coredns', confidence: 'medium', ns: 'kube-system' },
    { name: 'two letters that are no mask stay a name given by hand', pod: 'web-5d78c98-xy', node: null, status: 'Running', kind: 'Pod', owner: 'web-5d78c98-xy', confidence: 'low', ns: 'default' },
    { name: 'bracketed stand-ins for hash and suffix', pod: 'web-[hash]-[id]', node: null, status: 'Running', kind: 'Deployment', owner: 'web', confidence: 'medium', ns: 'default' },
    { name: "course notes' short placeholder suffix (kube-proxy-xxx)", pod: 'kube-proxy-xxx', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kube-proxy', confidence: 'high', ns: 'kube-system' },
    { name: "course notes' short placeholders for hash and suffix (coredns-xxx-aaa)", pod: 'coredns-xxx-aaa', node: null, status: 'Running', kind: 'Deployment', owner: 'coredns', confidence: 'medium', ns: 'kube-system' },
    { name: "hash and suffix both masked with the alphabet's x: a doc's stand-ins, not sure (hunt an/29)", pod: 'dp-config-es-kb-xxxxxxxxx-xxxxx', node: null, status: 'Running', kind: 'Deployment', owner: 'dp-config-es-kb', confidence: 'medium', ns: 'elastic-system' },
    { name: 'hash and suffix each masked with a letter of its own, the suffix too long (ex/12): a ReplicaSet\'s pod', pod: 'gitlab-runner-gitlab-runner-XXXXXXXXXX-YYYYYYYY', node: null, status: 'Running', kind: 'Deployment', owner: 'gitlab-runner-gitlab-runner', confidence: 'medium', ns: 'gitlab-runner' },
    { name: 'a long masked word after no masked hash stays a bare pod', pod: 'backup-tool-XXXXXXXX', node: null, status: 'Running', kind: 'Pod', owner: 'backup-tool-XXXXXXXX', confidence: 'low', ns: 'default' },
    { name: 'a real hash before a masked suffix keeps its sureness', pod: 'web-7d4b9c8f6d-xxxxx', node: null, status: 'Running', kind: 'Deployment', owner: 'web', confidence: 'high' },
    { name: 'a short placeholder after an unknown name: a ReplicaSet\'s parts left out, no DaemonSet (hunt an/32)', pod: 'floe-runtime-dagster-webserver-xxx', node: null, status: 'Running', kind: 'Deployment', owner: 'floe-runtime-dagster-webserver', confidence: 'low', ns: 'floe' },
    { name: 'a masked five-character suffix after an unknown name stays a DaemonSet guess', pod: 'my-agent-xxxxx', node: null, status: 'Running', kind: 'DaemonSet', owner: 'my-agent', confidence: 'low' },
    { name: 'a wildcard for the generated parts of a known Deployment (hunt an/31)', pod: 'percona-server-mongodb-operator-*', node: null, status: 'Running', kind: 'Deployment', owner: 'percona-server-mongodb-operator', confidence: 'low', ns: 'mongodb' },
    { name: 'a wildcard after an unknown name', pod: 'vllm-router-frontend-*', node: null, status: 'Running', kind: 'Deployment', owner: 'vllm-router-frontend', confidence: 'low' },
    { name: "RKE2's cloud-controller-manager named after its node's FQDN, the node not in the paste (hunt aq/04)", pod: 'cloud-controller-manager-our-dev-k8s0019.server.fr', node: null, status: 'Running', kind: 'StaticPod', owner: 'cloud-controller-manager', confidence: 'medium', ns: 'kube-system' },
    { name: 'cloud-controller-manager with a generated suffix is a DaemonSet\'s', pod: 'cloud-controller-manager-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'cloud-controller-manager', confidence: 'high', ns: 'kube-system' },
    { name: 'a bare pod the knowledge base knows with a dotted node name stays its own', pod: 'revision-pruner-2-master-3.redhat2.cccr.local', node: null, status: 'Completed', kind: 'Pod', owner: 'revision-pruner-2-master-3.redhat2.cccr.local', confidence: 'high', ns: 'openshift-etcd' },
    { name: 'a decimal pod-template-hash of seven digits (pre-1.8, deis-logger-9212198)', pod: 'deis-logger-9212198-6b21s', node: null, status: 'Running', kind: 'Deployment', owner: 'deis-logger', confidence: 'medium' },
    { name: "a CronJob's job pod as Kubernetes 1.21-1.22 named it (<job>--<n>-<5>)", pod: 'image-pruner-27319680--1-tgfvf', node: null, status: 'Completed', kind: 'CronJob', owner: 'image-pruner', confidence: 'medium' },
    { name: 'a -rc name of 2015 docs: a ReplicationController', pod: 'wildfly-rc-l2cto', node: null, status: 'Running', kind: 'ReplicationController', owner: 'wildfly-rc', confidence: 'medium' },
    { name: "a ReplicaSet named as one, KodeKloud's replica-set-1 listed without NODE: no DaemonSet (hunt bw/11)", pod: 'replica-set-1-82hct', node: null, status: 'Running', kind: 'ReplicaSet', owner: 'replica-set-1', confidence: 'low', ns: 'default' },
    { name: 'replicaset as one word of the name', pod: 'frontend-replicaset-x7k2p', node: null, status: 'Running', kind: 'ReplicaSet', owner: 'frontend-replicaset', confidence: 'low', ns: 'default' },
    { name: 'a tutorial\'s -rs at the end', pod: 'nginx-rs-x7k2p', node: null, status: 'Running', kind: 'ReplicaSet', owner: 'nginx-rs', confidence: 'low', ns: 'default' },
    { name: '-rs inside a name is no ReplicaSet\'s word (a runner set\'s controller): the guess stays', pod: 'gha-rs-controller-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'gha-rs-controller', confidence: 'low', ns: 'default' },
    { name: 'a word that only starts so stays a DaemonSet guess', pod: 'replicator-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'replicator', confidence: 'low', ns: 'default' },
    { name: "a capital letter an issue put for the generated suffix, one pod per node: the DaemonSet the knowledge base knows (AKS's, hunt bx/11)", pod: 'aks-secrets-store-csi-driver-A', node: null, status: 'CrashLoopBackOff', kind: 'DaemonSet', owner: 'aks-secrets-store-csi-driver', confidence: 'high' },
    { name: 'a lower-case letter there is a name\'s own: a bare pod', pod: 'web-a', node: null, status: 'Running', kind: 'Pod', owner: 'web-a', confidence: 'low', ns: 'default' },
    { name: 'a word that happens to repeat a letter is no masked suffix', pod: 'web-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'web', confidence: 'medium' },
    { name: "kube-up's versioned kube-dns: a ReplicationController", pod: 'kube-dns-v19-ezo1y', node: null, status: 'Running', kind: 'ReplicationController', owner: 'kube-dns-v19', confidence: 'medium', ns: 'kube-system' },
    { name: 'a masked pod-template-hash', pod: 'keda-operator-*********-4hb5n', node: null, status: 'Running', kind: 'Deployment', owner: 'keda-operator', confidence: 'medium' },
    { name: "Karmada's kube-controller-manager Deployment is no static pod", pod: 'kube-controller-manager-bbfdb8869-hmq2v', node: null, status: 'Running', kind: 'Deployment', owner: 'kube-controller-manager', confidence: 'high' },
    { name: 'decimal hash, a suffix with vowels (generated before the alphabet dropped them)', pod: 'my-nginx-3800858182-iywbi', node: null, status: 'Pending', kind: 'Deployment', owner: 'my-nginx', confidence: 'medium' },
    { name: 'kube-proxy as a static pod on an EC2 node not in the paste', pod: 'kube-proxy-ip-10-0-3-44', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-proxy', confidence: 'high' },
    { name: 'kube-proxy on a kops node named by its instance id, not in the paste (hunt bf/05)', pod: 'kube-proxy-i-02c87764c5d7884b3', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-proxy', confidence: 'high' },
    { name: 'an instance id one digit short names no node', pod: 'kube-proxy-i-02c87764c5d7884b', node: null, status: 'Running', kind: 'Pod', owner: 'kube-proxy-i-02c87764c5d7884b', confidence: 'low' },
    { name: "a pod held by scheduling gates: Kueue's Job or plain pod, no DaemonSet's (hunt bg/16)", pod: 'kueue-sleep-qw5hb', node: null, status: 'SchedulingGated', kind: 'Job', owner: 'kueue-sleep', confidence: 'low', ns: 'kueue-test' },
    { name: 'the same pod running: a DaemonSet guess still', pod: 'kueue-sleep-qw5hb', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kueue-sleep', confidence: 'low', ns: 'kueue-test' },
    { name: 'kube-proxy on an EC2 node with its domain', pod: 'kube-proxy-ip-10-1-2-179.us-west-2.compute.internal', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-proxy', confidence: 'high' },
    { name: 'k3s svclb with an all-digit uid prefix is no CronJob', pod: 'svclb-traefik-10028888-z7v64', node: null, status: 'Running', kind: 'DaemonSet', owner: 'svclb-traefik-10028888', confidence: 'high' },
    { name: 'a Longhorn engine image: the checksum is part of the DaemonSet\'s name', pod: 'engine-image-ei-766a591b-hrs6g', node: null, status: 'Running', kind: 'DaemonSet', owner: 'engine-image-ei-766a591b', confidence: 'high', ns: 'longhorn-system' },
    { name: 'an OpenShift deployer pod rolls out its DeploymentConfig', pod: 'hello-openshift-2-deploy', node: null, status: 'Completed', kind: 'DeploymentConfig', owner: 'hello-openshift', confidence: 'high' },
    { name: 'a KubeVirt launcher pod is owned by its VirtualMachineInstance', pod: 'virt-launcher-testvm-676tr', node: null, status: 'Running', kind: 'VirtualMachineInstance', owner: 'testvm', confidence: 'high' },
    { name: "Longhorn's instance manager (v1.5+) is its InstanceManager's", pod: 'instance-manager-bb7e4a2035b50ec3896800262c56800c', node: null, status: 'Running', kind: 'InstanceManager', owner: 'instance-manager-bb7e4a2035b50ec3896800262c56800c', confidence: 'high', ns: 'longhorn-system' },
    { name: "Longhorn's engine instance manager (before v1.5)", pod: 'instance-manager-e-3dba6914', node: null, status: 'Running', kind: 'InstanceManager', owner: 'instance-manager-e-3dba6914', confidence: 'high', ns: 'longhorn-system' },
    { name: 'an instance-manager outside Longhorn\'s namespace stays a bare pod', pod: 'instance-manager-e-3dba6914', node: null, status: 'Running', kind: 'Pod', owner: 'instance-manager-e-3dba6914', confidence: 'low', ns: 'default' },
    { name: "Longhorn's backing image manager is its BackingImageManager's", pod: 'backing-image-manager-5c32-ea70', node: null, status: 'Running', kind: 'BackingImageManager', owner: 'backing-image-manager-5c32-ea70', confidence: 'high', ns: 'longhorn-system' },
    { name: "Longhorn's share manager is its volume's ShareManager", pod: 'share-manager-pvc-706cc6b1-4840-45f1-bd54-13a3053ccb08', node: null, status: 'Running', kind: 'ShareManager', owner: 'pvc-706cc6b1-4840-45f1-bd54-13a3053ccb08', confidence: 'high', ns: 'longhorn-system' },
    { name: "kube-vip's DaemonSet (the component also runs as a static pod)", pod: 'kube-vip-ds-hwqdc', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kube-vip-ds', confidence: 'high', ns: 'kube-system' },
    { name: "kube-vip's Helm chart DaemonSet kube-vip: a generated suffix, no node named so (hunt df/06)", pod: 'kube-vip-g7d2z', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kube-vip', confidence: 'medium', ns: 'kube-system' },
    { name: "cert-manager's startupapicheck hook, still Pending, is a Job's (known: sure)", pod: 'cert-manager-startupapicheck-mqgmx', node: null, status: 'Pending', kind: 'Job', owner: 'cert-manager-startupapicheck', confidence: 'high' },
    { name: "kube-prometheus-stack's admission-create hook in ErrImagePull is a Job's (known: sure)", pod: 'prometheus-stack-kube-prom-admission-create-jb2q4', node: null, status: 'ErrImagePull', kind: 'Job', owner: 'prometheus-stack-kube-prom-admission-create', confidence: 'high' },
    { name: "GitLab Runner's job pod is a bare pod", pod: 'runner-zs5xpnrp-project-12-concurrent-0-7t40yuqh', node: null, status: 'Running', kind: 'Pod', owner: 'runner-zs5xpnrp-project-12-concurrent-0-7t40yuqh', confidence: 'high' },
    { name: "GitLab Runner's job pod with a five-letter random part is no Job's", pod: 'runner-xxxxx-project-3-concurrent-0-xxxxx', node: null, status: 'Completed', kind: 'Pod', owner: 'runner-xxxxx-project-3-concurrent-0-xxxxx', confidence: 'high' },
    { name: "GitLab Runner's job pod with the project's id hidden as x (es/10)", pod: 'runner-xxxxx-project-x-concurrent-0-xxxxx', node: null, status: 'NotReady', kind: 'Pod', owner: 'runner-xxxxx-project-x-concurrent-0-xxxxx', confidence: 'high' },
    { name: "an Airflow 2.2 KubernetesExecutor worker pod is a bare pod (dm/22)", pod: 'examplebashoperatorrunme1.c835e740dd864daaa7cf0f2830230ab2', node: null, status: 'Completed', kind: 'Pod', owner: 'examplebashoperatorrunme1.c835e740dd864daaa7cf0f2830230ab2', confidence: 'high' },
    { name: "a Nextflow task pod nf-<task hash>, Pending, is a bare pod (eu/01)", pod: 'nf-012b6e0d3415a43a6c5afe016b0ef3f8', node: null, status: 'Pending', kind: 'Pod', owner: 'nf-012b6e0d3415a43a6c5afe016b0ef3f8', confidence: 'high' },
    { name: 'one crash-looping is still no guess (dm/23)', pod: 'examplebashoperatorrunme0.01bc9ca3487a479eb467272cadd01006', node: null, status: 'CrashLoopBackOff', kind: 'Pod', owner: 'examplebashoperatorrunme0.01bc9ca3487a479eb467272cadd01006', confidence: 'high' },
    { name: "a Job named by generateName (KEDA's ScaledJob), its pod named after it", pod: 'redis-scaledjob-5dctr-d67cz', node: null, status: 'Running', kind: 'Job', owner: 'redis-scaledjob-5dctr', confidence: 'low' },
    { name: "named after a ReplicaSet's pod: a copy of it (Admiralty's delegate pod, hunt ay/29), no Job's", pod: 'nginx-7bb89ffbfb-55px2-dglzq', node: null, status: 'Running', kind: 'Pod', owner: 'nginx-7bb89ffbfb-55px2-dglzq', confidence: 'low' },
    { name: 'a word before the suffix is no generated name', pod: 'kube-flannel-ds-amd64-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kube-flannel-ds-amd64', confidence: 'high', ns: 'kube-system' },
    { name: "Rancher's helm operation pod is a bare pod", pod: 'helm-operation-n6ggh', node: null, status: 'Running', kind: 'Pod', owner: 'helm-operation-n6ggh', confidence: 'high', ns: 'cattle-system' },
    { name: "a GPU Operator validation pod is its ClusterPolicy's, which the validator hands it (validator/main.go; hunt cj/12): the Helm chart's name", pod: 'nvidia-cuda-validator-wgs28', node: null, status: 'Completed', kind: 'ClusterPolicy', owner: 'cluster-policy', confidence: 'medium', ns: 'gpu-operator' },
    { name: "the same on OpenShift (nvidia-gpu-operator): OperatorHub's name for the ClusterPolicy", pod: 'nvidia-cuda-validator-wgs28', node: null, status: 'Init:Error', kind: 'ClusterPolicy', owner: 'gpu-cluster-policy', confidence: 'medium', ns: 'nvidia-gpu-operator' },
    { name: "the device plugin's validation pod without a namespace: its ClusterPolicy's (hunt cj/15)", pod: 'nvidia-device-plugin-validator-whr6m', node: null, status: 'Init:CrashLoopBackOff', kind: 'ClusterPolicy', owner: 'cluster-policy', confidence: 'medium', ns: null },
    { name: 'OpenShift\'s driver DaemonSet carries the OS version in its name', pod: 'nvidia-driver-daemonset-418.94.202508060022-0-hs6rw', node: null, status: 'Running', kind: 'DaemonSet', owner: 'nvidia-driver-daemonset-418.94.202508060022-0', confidence: 'high' },
    { name: 'a 63-character name: base cut to 58 inside the hash, suffix glued on', pod: 'rook-ceph-mds-ocs-storagecluster-cephfilesystem-a-56f9d5f9pqkpm', node: null, status: 'Running', kind: 'Deployment', owner: 'rook-ceph-mds-ocs-storagecluster-cephfilesystem-a', confidence: 'medium' },
    { name: 'a 63-character name of a Job cut to 58 (OLM bundle unpack)', pod: '0c40fcce6a29f383cda66e9e9de41fdbe4494f3db489c33c0d8a452de0vst2j', node: null, status: 'Completed', kind: 'Job', owner: '0c40fcce6a29f383cda66e9e9de41fdbe4494f3db489c33c0d8a452de0', confidence: 'medium' },
    { name: "a 63-character name cut to 58 inside its owner's own name (Knative's ApiServerSource adapter, ab/21): a Deployment's", pod: 'apiserversource-testevents-6ad167ff-0230-4082-8eef-dd6eab42zbmq', node: null, status: 'Running', kind: 'Deployment', owner: 'apiserversource-testevents-6ad167ff-0230-4082-8eef-dd6eab4', confidence: 'low', ns: 'default' },
    { name: 'a 63-character name of one word cut to 58, running: no Deployment read in it', pod: '0c40fcce6a29f383cda66e9e9de41fdbe4494f3db489c33c0d8a452de0vst2j', node: null, status: 'Running', kind: 'DaemonSet', owner: '0c40fcce6a29f383cda66e9e9de41fdbe4494f3db489c33c0d8a452de0', confidence: 'low' },
    { name: 'a 63-character name with a dash before its suffix: nothing was cut', pod: 'apiserversource-testevents-6ad167ff-0230-4082-8eef-adapte-zbmq2', node: null, status: 'Running', kind: 'DaemonSet', owner: 'apiserversource-testevents-6ad167ff-0230-4082-8eef-adapte', confidence: 'low', ns: 'default' },
    { name: 'a 62-character name is no cut one', pod: 'apiserversource-testevents-6ad167ff-0230-4082-8eef-adapt-zbmq2', node: null, status: 'Running', kind: 'DaemonSet', owner: 'apiserversource-testevents-6ad167ff-0230-4082-8eef-adapt', confidence: 'low', ns: 'default' },
    { name: 'a host name before the suffix is no hash (Rook\'s per-node osd-prepare Job, known: sure)', pod: 'rook-ceph-osd-prepare-k8s-master01-2brd6', node: null, status: 'Completed', kind: 'Job', owner: 'rook-ceph-osd-prepare-k8s-master01', confidence: 'high' },
    { name: "OpenShift's guard pod is a bare pod, not a static pod on a node named guard-<node>", pod: 'kube-apiserver-guard-crc-master-0', node: null, status: 'Running', kind: 'Pod', owner: 'kube-apiserver-guard-crc-master-0', confidence: 'high', ns: 'openshift-kube-apiserver' },
    { name: 'CronJob of old controllers (Unix seconds)', pod: 'hello-1576676700-x7k2p', node: null, status: 'Completed', kind: 'CronJob', owner: 'hello', confidence: 'medium' },
    { name: 'a decimal hash in the Unix-seconds range that is no whole minute', pod: 'details-v1-1832799045-6q0rk', node: null, status: 'CrashLoopBackOff', kind: 'Deployment', owner: 'details-v1', confidence: 'medium' },
    { name: 'ten digits of a moment in seconds, the pod ended: a Job named by the second (Helm hook, am/13)', pod: 'nai-clickhouse-schema-job-1780198147-q9drf', node: null, status: 'Error', kind: 'Job', owner: 'nai-clickhouse-schema-job-1780198147', confidence: 'medium' },
    { name: 'an 8-digit decimal hash outside 2014-2036 in minutes', pod: 'web-91827364-x7k2p', node: null, status: 'Running', kind: 'Deployment', owner: 'web', confidence: 'medium' },
    { name: 'a Job named with a date and a time of day', pod: 'soainfra-deploy-artifacts-job-20211022-152335-r7ffj', node: null, status: 'Completed', kind: 'Job', owner: 'soainfra-deploy-artifacts-job-20211022-152335', confidence: 'medium' },
    { name: 'a Longhorn engine image where the paste names no namespace', pod: 'engine-image-ei-4dbdb778-t29zd', node: null, status: 'Pending', kind: 'DaemonSet', owner: 'engine-image-ei-4dbdb778', confidence: 'high', ns: null },
    { name: "mirrord's agent Job: random characters outside the hash alphabet under a known Job prefix", pod: 'mirrord-agent-qjys2dg9xk-rgnhr', node: null, status: 'Running', kind: 'Job', owner: 'mirrord-agent-qjys2dg9xk', confidence: 'high' },
    { name: 'k3s svclb DaemonSet with the service uid', pod: 'svclb-traefik-8cc7d9fb-9g5c7', node: null, status: 'Running', kind: 'DaemonSet', owner: 'svclb-traefik-8cc7d9fb', confidence: 'high' },
    { name: "k3s svclb for a Service named like a known component's", pod: 'svclb-ingress-nginx-controller-b1506ec7-zc79t', node: null, status: 'Running', kind: 'DaemonSet', owner: 'svclb-ingress-nginx-controller-b1506ec7', confidence: 'high' },
    { name: 'static pod, node name of five characters, no NODE column', pod: 'etcd-k8s-node1', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd', confidence: 'medium' },
    { name: 'a known static-pod family, node not shown: the rest of its name is the node, sure', pod: 'kube-addon-manager-minikube', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-addon-manager', confidence: 'high' },
    { name: 'Job pod of Kubernetes 1.21-1.22 (<job>--1-<rand>)', pod: 'helm-install-traefik-crd--1-xrhvf', node: null, status: 'Completed', kind: 'Job', owner: 'helm-install-traefik-crd', confidence: 'high' },
    { name: 'a placeholder suffix behind a real hash', pod: 'nginx-7848d4b86f-abcde', node: null, status: 'Running', kind: 'Deployment', owner: 'nginx', confidence: 'medium' },
    { name: 'a suffix the author cut to one character behind a real hash (ag/13)', pod: 'ebs-csi-controller-6d4f8b9c6d-x', node: null, status: 'Running', kind: 'Deployment', owner: 'ebs-csi-controller', confidence: 'medium', ns: 'kube-system' },
    { name: 'a short placeholder suffix behind a real hash (ah/24)', pod: 'crossplane-6f8d4c5d9f-xyz', node: null, status: 'Running', kind: 'Deployment', owner: 'crossplane', confidence: 'medium', ns: 'crossplane-system' },
    { name: 'a short suffix behind a "hash" of letters alone is no ReplicaSet\'s', pod: 'my-bckgrnd-x', node: null, status: 'Running', kind: 'Pod', owner: 'my-bckgrnd-x', confidence: 'low' },
    { name: 'a short suffix behind a middle with vowels is no ReplicaSet\'s', pod: 'web-release2024-ab', node: null, status: 'Running', kind: 'Pod', owner: 'web-release2024-ab', confidence: 'low' },
    { name: 'static pod on node "node1"', pod: 'kube-scheduler-node1', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-scheduler', confidence: 'medium' },
    { name: 'GKE legacy fluentd: the version is part of the DaemonSet\'s name', pod: 'fluentd-gcp-v3.1.1-7twwg', node: null, status: 'Running', kind: 'DaemonSet', owner: 'fluentd-gcp-v3.1.1', confidence: 'high' },
    { name: 'GKE legacy fluentd scaler', pod: 'fluentd-gcp-scaler-55bdf597c-fgnxs', node: null, status: 'Running', kind: 'Deployment', owner: 'fluentd-gcp-scaler', confidence: 'high' },
    { name: 'GKE prometheus-to-sd', pod: 'prometheus-to-sd-47n9b', node: null, status: 'Running', kind: 'DaemonSet', owner: 'prometheus-to-sd', confidence: 'high' },
    { name: 'GKE cluster-level metadata agent', pod: 'stackdriver-metadata-agent-cluster-level-5c4f6c65c6-l7pq7', node: null, status: 'Running', kind: 'Deployment', owner: 'stackdriver-metadata-agent-cluster-level', confidence: 'high' },
    { name: 'GMP collector in gmp-system', pod: 'collector-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'collector', confidence: 'high', ns: 'gmp-system' },
    { name: 'a "collector" in default is no known DaemonSet', pod: 'collector-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'collector', confidence: 'low', ns: 'default' },
    { name: 'GMP operator', pod: 'gmp-operator-6d8b5c4f7b-q2wzt', node: null, status: 'Running', kind: 'Deployment', owner: 'gmp-operator', confidence: 'high', ns: 'gmp-system' },
    { name: 'GKE maintenance handler', pod: 'maintenance-handler-9sl8g', node: null, status: 'Running', kind: 'DaemonSet', owner: 'maintenance-handler', confidence: 'high' },
    { name: 'GKE GPU device plugin sized for COS', pod: 'nvidia-gpu-device-plugin-small-cos-4xk2m', node: null, status: 'Running', kind: 'DaemonSet', owner: 'nvidia-gpu-device-plugin-small-cos', confidence: 'high' },
    { name: 'GKE GPU device plugin, single DaemonSet', pod: 'nvidia-gpu-device-plugin-bvkxq', node: null, status: 'Running', kind: 'DaemonSet', owner: 'nvidia-gpu-device-plugin', confidence: 'high' },
    { name: 'Istio CNI node agent', pod: 'istio-cni-node-w8rhw', node: null, status: 'Running', kind: 'DaemonSet', owner: 'istio-cni-node', confidence: 'high' },
    { name: 'istiod', pod: 'istiod-65fc7cdd7-r95jk', node: null, status: 'Running', kind: 'Deployment', owner: 'istiod', confidence: 'high', ns: 'istio-system' },
    { name: 'revisioned istiod (Anthos Service Mesh)', pod: 'istiod-asm-1157-23-7d9c8b6f5b-zq4xm', node: null, status: 'Running', kind: 'Deployment', owner: 'istiod-asm-1157-23', confidence: 'high', ns: 'istio-system' },
    { name: 'AKS Container insights agent', pod: 'ama-logs-g4fdn', node: null, status: 'Running', kind: 'DaemonSet', owner: 'ama-logs', confidence: 'high' },
    { name: 'AKS Container insights ReplicaSet agent', pod: 'ama-logs-rs-6c8d4f9b7d-kzzz5', node: null, status: 'Running', kind: 'Deployment', owner: 'ama-logs-rs', confidence: 'high' },
    { name: 'OKE CSI node plugin', pod: 'csi-oci-node-2tpvj', node: null, status: 'Running', kind: 'DaemonSet', owner: 'csi-oci-node', confidence: 'high' },
    { name: 'OKE proxymux client', pod: 'proxymux-client-fr48m', node: null, status: 'Running', kind: 'DaemonSet', owner: 'proxymux-client', confidence: 'high' },
    { name: 'OKE VCN-native CNI', pod: 'vcn-native-ip-cni-9wpqh', node: null, status: 'Running', kind: 'DaemonSet', owner: 'vcn-native-ip-cni', confidence: 'high' },
    { name: 'EKS CloudWatch agent', pod: 'cloudwatch-agent-6lhkj', node: null, status: 'Running', kind: 'DaemonSet', owner: 'cloudwatch-agent', confidence: 'high', ns: 'amazon-cloudwatch' },
    { name: 'EKS Container Insights Fluent Bit', pod: 'fluent-bit-rj8cn', node: null, status: 'Running', kind: 'DaemonSet', owner: 'fluent-bit', confidence: 'high', ns: 'amazon-cloudwatch' },
    { name: 'EKS Secrets Store CSI AWS provider', pod: 'csi-secrets-store-provider-aws-sbn2x', node: null, status: 'Running', kind: 'DaemonSet', owner: 'csi-secrets-store-provider-aws', confidence: 'high' },
    { name: 'KubeEdge cloudcore', pod: 'cloudcore-5876c76687-mvzhx', node: null, status: 'Running', kind: 'Deployment', owner: 'cloudcore', confidence: 'high', ns: 'kubeedge' },
    { name: 'kops main etcd on its node (NODE column)', pod: 'etcd-server-ip-172-20-51-86.ec2.internal', node: 'ip-172-20-51-86.ec2.internal', status: 'Running', kind: 'StaticPod', owner: 'etcd-server', confidence: 'high' },
    { name: 'kops events etcd on its node (NODE column)', pod: 'etcd-server-events-ip-172-20-51-86.ec2.internal', node: 'ip-172-20-51-86.ec2.internal', status: 'Running', kind: 'StaticPod', owner: 'etcd-server-events', confidence: 'high' },
    { name: 'kops events etcd, node not shown', pod: 'etcd-server-events-ip-10-0-1-23.ec2.internal', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd-server-events', confidence: 'medium' },
    { name: "kops's etcd-manager for the main etcd, node not shown (hunt bf/11)", pod: 'etcd-manager-main-i-0b568d75ecb3153d0', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd-manager-main', confidence: 'medium' },
    { name: "kops's etcd-manager for the events etcd, an EC2 node name", pod: 'etcd-manager-events-ip-10-110-12-182.us-east-2.compute.internal', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd-manager-events', confidence: 'medium', ns: 'kube-system' },
    { name: "OpenShift 4.1-4.3's etcd-member on an FQDN node, node not shown (hunt bl/06)", pod: 'etcd-member-master1.openshift4.ifaii.lo', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd-member', confidence: 'medium', ns: 'openshift-etcd' },
    { name: 'etcd-member on a node whose name ends in a number: no StatefulSet (hunt bl/30)', pod: 'etcd-member-adahiya-0-master-0', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd-member', confidence: 'medium', ns: 'kube-system' },
    { name: 'OpenShift installer pod on its node is a bare pod', pod: 'installer-11-m-k8s', node: 'm-k8s', status: 'Completed', kind: 'Pod', owner: 'installer-11-m-k8s', confidence: 'high', ns: 'openshift-kube-apiserver' },
    { name: 'OpenShift installer retry pod on its node', pod: 'installer-11-retry-1-m-k8s', node: 'm-k8s', status: 'Completed', kind: 'Pod', owner: 'installer-11-retry-1-m-k8s', confidence: 'high', ns: 'openshift-kube-scheduler' },
    { name: 'OpenShift etcd installer, node not shown', pod: 'installer-4-m-k8s', node: null, status: 'Completed', kind: 'Pod', owner: 'installer-4-m-k8s', confidence: 'high', ns: 'openshift-etcd' },
    { name: 'OpenShift revision pruner on its node is a bare pod', pod: 'revision-pruner-11-m-k8s', node: 'm-k8s', status: 'Completed', kind: 'Pod', owner: 'revision-pruner-11-m-k8s', confidence: 'high', ns: 'openshift-kube-controller-manager' },
    { name: 'an "installer-" pod outside OpenShift\'s namespaces stays a guess', pod: 'installer-11-m-k8s', node: 'm-k8s', status: 'Completed', kind: 'StaticPod', owner: 'installer-11', confidence: 'medium', ns: 'kube-system' },
    { name: 'OpenShift 4 kube-scheduler static pod', pod: 'openshift-kube-scheduler-m-k8s', node: 'm-k8s', status: 'Running', kind: 'StaticPod', owner: 'openshift-kube-scheduler', confidence: 'high', ns: 'openshift-kube-scheduler' },
    { name: 'OpenShift 4 kube-scheduler static pod, NODE column absent', pod: 'openshift-kube-scheduler-m-k8s', node: null, status: 'Running', kind: 'StaticPod', owner: 'openshift-kube-scheduler', confidence: 'high', ns: 'openshift-kube-scheduler' },
    { name: 'OpenShift kube-apiserver static pod', pod: 'kube-apiserver-m-k8s', node: 'm-k8s', status: 'Running', kind: 'StaticPod', owner: 'kube-apiserver', confidence: 'high', ns: 'openshift-kube-apiserver' },
    { name: 'OpenShift kube-controller-manager static pod', pod: 'kube-controller-manager-m-k8s', node: 'm-k8s', status: 'Running', kind: 'StaticPod', owner: 'kube-controller-manager', confidence: 'high', ns: 'openshift-kube-controller-manager' },
    { name: 'OpenShift etcd static pod', pod: 'etcd-m-k8s', node: 'm-k8s', status: 'Running', kind: 'StaticPod', owner: 'etcd', confidence: 'high', ns: 'openshift-etcd' },
    { name: 'OpenShift SDN node agent', pod: 'sdn-k4l75', node: 'w1-k8s', status: 'Running', kind: 'DaemonSet', owner: 'sdn', confidence: 'high', ns: 'openshift-sdn' },
    { name: 'OpenShift SDN controller', pod: 'sdn-controller-7xq9w', node: null, status: 'Running', kind: 'DaemonSet', owner: 'sdn-controller', confidence: 'high', ns: 'openshift-sdn' },
    { name: 'OpenShift SDN Open vSwitch', pod: 'ovs-2tpvj', node: null, status: 'Running', kind: 'DaemonSet', owner: 'ovs', confidence: 'high', ns: 'openshift-sdn' },
    { name: 'an "sdn" DaemonSet in default is not OpenShift\'s', pod: 'sdn-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'sdn', confidence: 'low', ns: 'default' },
    { name: 'Jenkins agent pod (kubernetes plugin)', pod: 'jenkins-agent-x7k2p-0qq2z', node: null, status: 'Running', kind: 'Pod', owner: 'jenkins-agent-x7k2p-0qq2z', confidence: 'high', ns: 'jenkins' },
    { name: 'Jenkins slave pod (older kubernetes plugin)', pod: 'jenkins-slave-05zqj-0vwdh', node: null, status: 'Running', kind: 'Pod', owner: 'jenkins-slave-05zqj-0vwdh', confidence: 'high', ns: 'default' },
    { name: 'Jenkins JNLP agent pod', pod: 'jnlp-rfp1b', node: null, status: 'Running', kind: 'Pod', owner: 'jnlp-rfp1b', confidence: 'high', ns: 'jenkins' },
    { name: 'Jenkins agent pod with a generated suffix only', pod: 'jenkins-slave-2tpvj', node: null, status: 'Running', kind: 'Pod', owner: 'jenkins-slave-2tpvj', confidence: 'high', ns: 'jenkins' },
    { name: 'kops dns-controller', pod: 'dns-controller-6f9b9c9d8-x2pqz', node: null, status: 'Running', kind: 'Deployment', owner: 'dns-controller', confidence: 'high' },
    { name: 'kubeadm 1.5 kube-discovery (decimal hash)', pod: 'kube-discovery-1769846148-8g4d7', node: null, status: 'Running', kind: 'Deployment', owner: 'kube-discovery', confidence: 'medium' },
    { name: 'kubeadm 1.5 test Deployment (decimal hash)', pod: 'dummy-2088944543-xjj21', node: null, status: 'Running', kind: 'Deployment', owner: 'dummy', confidence: 'medium' },
    { name: 'kube-up fluentd-elasticsearch on its node', pod: 'fluentd-elasticsearch-w1-k8s', node: 'w1-k8s', status: 'Running', kind: 'StaticPod', owner: 'fluentd-elasticsearch', confidence: 'high' },
    { name: 'kube-up fluentd-elasticsearch, node not in the paste: its name names the node, sure (hunt bi/18)', pod: 'fluentd-elasticsearch-kubernetes-minion-8fjw', node: null, status: 'Running', kind: 'StaticPod', owner: 'fluentd-elasticsearch', confidence: 'high', ns: 'kube-system' },
    { name: "a static-pod family's name and a version, no node's: a guess still", pod: 'kube-addon-manager-v9.1', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-addon-manager', confidence: 'medium', ns: 'kube-system' },
    { name: 'the docs\' fluentd-elasticsearch DaemonSet is still a DaemonSet: a generated suffix no node of the paste bears', pod: 'fluentd-elasticsearch-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'fluentd-elasticsearch', confidence: 'medium' },
    { name: "kube-prometheus-stack's admission-patch hook, known: a Job's", pod: 'kube-prometheus-stack-admission-patch-4vjxq', node: null, status: 'Completed', kind: 'Job', owner: 'kube-prometheus-stack-admission-patch', confidence: 'high', ns: 'monitoring' },
    { name: "the Fairwinds VPA chart's certgen hook, still Pending, is a Job's", pod: 'vpa-certgen-2ldq7', node: null, status: 'Pending', kind: 'Job', owner: 'vpa-certgen', confidence: 'high', ns: 'vpa' },
    { name: "Argo Events' EventBus StatefulSet", pod: 'eventbus-default-js-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'eventbus-default-js', confidence: 'high', ns: 'argo-events' },
    { name: "k8s-monitoring's Alloy log collector DaemonSet", pod: 'grafana-k8s-monitoring-alloy-logs-m22vk', node: null, status: 'Running', kind: 'DaemonSet', owner: 'grafana-k8s-monitoring-alloy-logs', confidence: 'high', ns: 'monitoring' },
    { name: "Kepler's exporter DaemonSet", pod: 'kepler-exporter-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kepler-exporter', confidence: 'high', ns: 'kepler' },
    { name: "tempo-distributed's ingester StatefulSet", pod: 'tempo-ingester-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'tempo-ingester', confidence: 'high', ns: 'tempo' },
    { name: "a VMCluster's vmstorage StatefulSet", pod: 'vmstorage-vm-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'vmstorage-vm', confidence: 'high', ns: 'monitoring' },
    { name: "NooBaa's core StatefulSet", pod: 'noobaa-core-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'noobaa-core', confidence: 'high', ns: 'openshift-storage' },
    { name: "NooBaa's PostgreSQL StatefulSet", pod: 'noobaa-db-pg-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'noobaa-db-pg', confidence: 'high', ns: 'openshift-storage' },
    { name: "NooBaa's MongoDB StatefulSet before OCS 4.7", pod: 'noobaa-db-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'noobaa-db', confidence: 'high', ns: 'openshift-storage' },
    { name: "OpenShift's image pruner: its CronJob's pod", pod: 'image-pruner-27506880-dcn8n', node: null, status: 'Completed', kind: 'CronJob', owner: 'image-pruner', confidence: 'medium', ns: 'openshift-image-registry' },
    { name: "OpenShift 4.8's image pruner pod (<job>--1-<5>): its CronJob's, as a <cronjob>-<stamp>-<5> pod's", pod: 'image-pruner-27463680--1-8vvkg', node: null, status: 'Completed', kind: 'CronJob', owner: 'image-pruner', confidence: 'medium', ns: 'openshift-image-registry' },
    { name: "cert-manager 0.6's webhook CA sync at install, known: a Job's", pod: 'cert-manager-webhook-ca-sync-6fvb6', node: null, status: 'Completed', kind: 'Job', owner: 'cert-manager-webhook-ca-sync', confidence: 'high', ns: 'cert-manager' },
    { name: "cert-manager 0.6's weekly webhook CA sync (Unix seconds): its CronJob's", pod: 'cert-manager-webhook-ca-sync-1547942400-g6985', node: null, status: 'Completed', kind: 'CronJob', owner: 'cert-manager-webhook-ca-sync', confidence: 'medium', ns: 'cert-manager' },
    { name: "Calico 2.x's configure-calico, still running, known: a Job's", pod: 'configure-calico-r6lnw', node: null, status: 'Running', kind: 'Job', owner: 'configure-calico', confidence: 'high' },
    { name: "Spiderpool's init Job (since mid-2024)", pod: 'spiderpool-init-6pbb7', node: null, status: 'Completed', kind: 'Job', owner: 'spiderpool-init', confidence: 'high' },
    { name: "Spiderpool's init pod of older charts is a bare pod", pod: 'spiderpool-init', node: null, status: 'Completed', kind: 'Pod', owner: 'spiderpool-init', confidence: 'low' },
    { name: "Spiderpool's agent DaemonSet", pod: 'spiderpool-agent-7hhkz', node: null, status: 'Running', kind: 'DaemonSet', owner: 'spiderpool-agent', confidence: 'high' },
    { name: "Kuboard's etcd DaemonSet", pod: 'kuboard-etcd-fh9rp', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kuboard-etcd', confidence: 'high', ns: 'kuboard' },
    { name: "Traefik v1's Deployment", pod: 'traefik-ingress-controller-68c5fbccbd-5kjvw', node: null, status: 'Running', kind: 'Deployment', owner: 'traefik-ingress-controller', confidence: 'high' },
    { name: "OpenShift's machine-config daemon, known: a DaemonSet's", pod: 'machine-config-daemon-cgmdx', node: null, status: 'Running', kind: 'DaemonSet', owner: 'machine-config-daemon', confidence: 'high', ns: 'openshift-machine-config-operator' },
    { name: "OpenShift's machine-config server, known: a DaemonSet's", pod: 'machine-config-server-m565j', node: null, status: 'Running', kind: 'DaemonSet', owner: 'machine-config-server', confidence: 'high', ns: 'openshift-machine-config-operator' },
    { name: "Linode's ccm-linode, known: a DaemonSet's", pod: 'ccm-linode-7knjs', node: null, status: 'Running', kind: 'DaemonSet', owner: 'ccm-linode', confidence: 'high', ns: 'kube-system' },
    { name: "a member of Cilium's etcd keeps the Pod guess (its EtcdCluster is no owner kind)", pod: 'cilium-etcd-cmncsqs2st', node: null, status: 'Running', kind: 'Pod', owner: 'cilium-etcd-cmncsqs2st', confidence: 'low', ns: 'kube-system' },
    { name: "Calico's calicoctl, known: a bare pod", pod: 'calicoctl', node: null, status: 'Running', kind: 'Pod', owner: 'calicoctl', confidence: 'high', ns: 'kube-system' },
    { name: "kube-up's versioned Elasticsearch logging: a ReplicationController", pod: 'elasticsearch-logging-v1-3ld7a', node: null, status: 'Running', kind: 'ReplicationController', owner: 'elasticsearch-logging-v1', confidence: 'medium', ns: null },
    { name: "kube-up's versioned Kibana: a ReplicationController", pod: 'kibana-logging-v1-zs505', node: null, status: 'Running', kind: 'ReplicationController', owner: 'kibana-logging-v1', confidence: 'medium', ns: null },
    { name: "kube-up's versioned monitoring-heapster: a ReplicationController", pod: 'monitoring-heapster-v1-gwyp2', node: null, status: 'Running', kind: 'ReplicationController', owner: 'monitoring-heapster-v1', confidence: 'medium', ns: null },
    { name: "kube-up's registry add-on: a ReplicationController", pod: 'kube-registry-v0-32ls6', node: null, status: 'Running', kind: 'ReplicationController', owner: 'kube-registry-v0', confidence: 'medium', ns: 'kube-system' },
    { name: "Rancher monitoring's admission-create hook, known: a Job's", pod: 'rancher-monitoring-admission-create-nww66', node: null, status: 'Completed', kind: 'Job', owner: 'rancher-monitoring-admission-create', confidence: 'high', ns: 'cattle-monitoring-system' },
    { name: "Rancher monitoring's CRD Job, known: a Job's", pod: 'rancher-monitoring-crd-create-ckjsz', node: null, status: 'Completed', kind: 'Job', owner: 'rancher-monitoring-crd-create', confidence: 'high', ns: 'cattle-monitoring-system' },
    { name: "Rook's FlexVolume agent, known: a DaemonSet's", pod: 'rook-ceph-agent-j6s9c', node: null, status: 'Running', kind: 'DaemonSet', owner: 'rook-ceph-agent', confidence: 'high', ns: null },
    { name: "Talos's coredns-local, known: a DaemonSet's", pod: 'coredns-local-7pls2', node: null, status: 'Running', kind: 'DaemonSet', owner: 'coredns-local', confidence: 'high', ns: 'kube-system' },
    { name: "Consul's client agent of release consul, known: a DaemonSet's", pod: 'consul-consul-8lnvv', node: null, status: 'Running', kind: 'DaemonSet', owner: 'consul-consul', confidence: 'high', ns: 'default' },
    { name: "Consul's server, known: a StatefulSet's", pod: 'consul-consul-server-0', node: null, status: 'CrashLoopBackOff', kind: 'StatefulSet', owner: 'consul-consul-server', confidence: 'high', ns: 'default' },
    { name: "Istio 1.0's cleanup hook, known: a Job's", pod: 'istio-cleanup-old-ca-ct4bb', node: null, status: 'Completed', kind: 'Job', owner: 'istio-cleanup-old-ca', confidence: 'high', ns: null },
    { name: "Istio 1.1's versioned post-install hook, known: a Job's", pod: 'istio-security-post-install-1.1.0-qxqs6', node: null, status: 'Completed', kind: 'Job', owner: 'istio-security-post-install-1.1.0', confidence: 'high', ns: 'istio-system' },
    { name: "Kubeflow's oidc-authservice, known: a StatefulSet's", pod: 'authservice-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'authservice', confidence: 'high', ns: 'istio-system' },
    { name: 'an authservice-0 outside istio-system is no known StatefulSet', pod: 'authservice-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'authservice', confidence: 'medium', ns: 'default' },
    { name: "CDI's upload pod: a bare pod, its PVC's name no generated suffix", pod: 'cdi-upload-iso-win10', node: null, status: 'Running', kind: 'Pod', owner: 'cdi-upload-iso-win10', confidence: 'high', ns: 'default' },
    { name: "CDI's importer pod: a bare pod", pod: 'importer-fedora-dv', node: null, status: 'Running', kind: 'Pod', owner: 'importer-fedora-dv', confidence: 'high', ns: 'openshift-virtualization-os-images' },
    { name: "openstack-helm's OSD DaemonSet named with an 8-hex override hash, known: a DaemonSet's", pod: 'ceph-osd-default-64779b8c-lbkcd', node: null, status: 'NodeLost', kind: 'DaemonSet', owner: 'ceph-osd-default-64779b8c', confidence: 'high', ns: 'ceph' },
    { name: "openstack-helm's OSD DaemonSet whose hash has vowels, known: a DaemonSet's", pod: 'ceph-osd-default-6ea9de2c-gp7zm', node: null, status: 'NodeLost', kind: 'DaemonSet', owner: 'ceph-osd-default-6ea9de2c', confidence: 'high', ns: 'ceph' },
    { name: "openstack-helm's OSD keyring generator, known: a Job's", pod: 'ceph-osd-keyring-generator-zg8s5', node: null, status: 'Completed', kind: 'Job', owner: 'ceph-osd-keyring-generator', confidence: 'high', ns: 'ceph' },
    { name: "the AKS Dapr extension's monitoring, known: a DaemonSet's", pod: 'dapr-monitoring-8j977', node: null, status: 'Running', kind: 'DaemonSet', owner: 'dapr-monitoring', confidence: 'high', ns: 'dapr-system' },
    { name: "IBM Cloud's master proxy, a static pod named after its worker's IP", pod: 'ibm-master-proxy-static-10.76.68.138', node: null, status: 'Running', kind: 'StaticPod', owner: 'ibm-master-proxy-static', confidence: 'high', ns: 'kube-system' },
    { name: "OpenShift 3.11's proxy-and-dns, known: a DaemonSet's", pod: 'proxy-and-dns-rgkzw', node: null, status: 'Running', kind: 'DaemonSet', owner: 'proxy-and-dns', confidence: 'high', ns: 'kube-proxy-and-dns' },
    { name: "ECK's Metricbeat, known: a DaemonSet's", pod: 'metricbeat-beat-metricbeat-2xm7t', node: null, status: 'Running', kind: 'DaemonSet', owner: 'metricbeat-beat-metricbeat', confidence: 'high', ns: null },
    { name: "kube-up on GCE: kube-proxy as a static pod on a minion not in the paste", pod: 'kube-proxy-kubernetes-minion-group-012f', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-proxy', confidence: 'high', ns: 'kube-system' },
    { name: "kube-up on GCE: kube-proxy on its master", pod: 'kube-proxy-kubernetes-master', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-proxy', confidence: 'high', ns: 'kube-system' },
    { name: 'kube-proxy as a static pod on an FQDN node not in the paste', pod: 'kube-proxy-nervana-dev-03-04.node.infra.nauta', node: null, status: 'Running', kind: 'StaticPod', owner: 'kube-proxy', confidence: 'high', ns: 'kube-system' },
    { name: 'a kube-proxy pod named with a version names no node', pod: 'kube-proxy-v1.28.2', node: null, status: 'Running', kind: 'Pod', owner: 'kube-proxy-v1.28.2', confidence: 'low', ns: 'kube-system' },
    { name: 'a kube-proxy pod named with a word names no node', pod: 'kube-proxy-debug', node: null, status: 'Running', kind: 'Pod', owner: 'kube-proxy-debug', confidence: 'low', ns: 'kube-system' },
    { name: "bootkube's kube-controller-manager Deployment with a decimal hash is no static pod", pod: 'kube-controller-manager-439902065-h5ngz', node: null, status: 'Running', kind: 'Deployment', owner: 'kube-controller-manager', confidence: 'medium', ns: 'kube-system' },
    { name: "bootkube's kube-scheduler Deployment with a decimal hash is no static pod", pod: 'kube-scheduler-850181384-1bv9p', node: null, status: 'Running', kind: 'Deployment', owner: 'kube-scheduler', confidence: 'medium', ns: 'kube-system' },
    { name: 'ten digits in 2035 are no CronJob second: a decimal hash', pod: 'tectonic-console-2055137340-5wsbk', node: null, status: 'Running', kind: 'Deployment', owner: 'tectonic-console', confidence: 'medium', ns: 'tectonic-system' },
    { name: 'a CronJob second of 2022 (the old controller on Kubernetes 1.20)', pod: 'neuvector-updater-pod-1652788800-m6j24', node: null, status: 'Completed', kind: 'CronJob', owner: 'neuvector-updater-pod', confidence: 'medium', ns: 'neuvector' },
    { name: "minikube's registry add-on: a ReplicationController", pod: 'registry-vjf9m', node: null, status: 'Running', kind: 'ReplicationController', owner: 'registry', confidence: 'medium', ns: 'kube-system' },
    { name: "a registry-<5> outside kube-system stays a guess", pod: 'registry-vjf9m', node: null, status: 'Running', kind: 'DaemonSet', owner: 'registry', confidence: 'low', ns: 'default' },
    { name: "minikube's registry proxy: a DaemonSet", pod: 'registry-proxy-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'registry-proxy', confidence: 'high', ns: 'kube-system' },
    { name: "kube-up's dashboard named with a dotted version: a ReplicationController", pod: 'kubernetes-dashboard-v1.1.0-3fh5w', node: null, status: 'Running', kind: 'ReplicationController', owner: 'kubernetes-dashboard-v1.1.0', confidence: 'medium', ns: 'kube-system' },
    { name: 'the dashboard with no version keeps its guess, no more sure', pod: 'kubernetes-dashboard-mlb5c', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kubernetes-dashboard', confidence: 'low', ns: 'kube-system' },
    { name: "system-upgrade-controller's upgrade pod, Terminating: its Job's, not a DaemonSet's (hunt z/29)", pod: 'apply-k3s-master-plan-on-ip-172-31-5-148-with-dd89bc30f01-smcrf', node: null, status: 'Terminating', kind: 'Job', owner: 'apply-k3s-master-plan-on-ip-172-31-5-148-with-dd89bc30f01', confidence: 'high', ns: 'system-upgrade' },
    { name: "system-upgrade-controller's upgrade pod draining its node, no namespace shown", pod: 'apply-server-plan-on-turing-node-1-with-0e4e3f4e3f8b1e811-48ttz', node: null, status: 'Init:0/1', kind: 'Job', owner: 'apply-server-plan-on-turing-node-1-with-0e4e3f4e3f8b1e811', confidence: 'high', ns: null },
    { name: "an upgrade pod whose hash a dash cut short (the Job's name ends in 6 hex digits)", pod: 'apply-agent-plan-on-gke-gpu-pool-b-us-central1-c-07-with-4dxk7l', node: null, status: 'Running', kind: 'Job', owner: 'apply-agent-plan-on-gke-gpu-pool-b-us-central1-c-07-with', confidence: 'high', ns: 'system-upgrade' },
    { name: "an upgrade pod whose node's long name left no -with-, in Rancher's namespace", pod: 'apply-system-agent-upgrader-on-a-very-long-node-name-exam-x7k2p', node: null, status: 'Running', kind: 'Job', owner: 'apply-system-agent-upgrader-on-a-very-long-node-name-exam', confidence: 'high', ns: 'cattle-system' },
    { name: 'the same cut name elsewhere: a Job, less surely', pod: 'apply-system-agent-upgrader-on-a-very-long-node-name-exam-x7k2p', node: null, status: 'Running', kind: 'Job', owner: 'apply-system-agent-upgrader-on-a-very-long-node-name-exam', confidence: 'medium', ns: 'default' },
    { name: 'an apply-* pod of another shape keeps its guess', pod: 'apply-config-on-start-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'apply-config-on-start', confidence: 'low', ns: 'default' },
    { name: "ARC's listener pod is its AutoscalingListener's (hunt ab/06)", pod: 'prod-67d8f47f-listener', node: null, status: 'Running', kind: 'AutoscalingListener', owner: 'prod-67d8f47f-listener', confidence: 'high', ns: 'arc-system' },
    { name: "an ARC runner scale set's runner pod is its EphemeralRunner's, not a DaemonSet's (ex/09)", pod: 'defaults-fsmdn-runner-47qck', node: null, status: 'Running', kind: 'EphemeralRunner', owner: 'defaults-fsmdn-runner-47qck', confidence: 'high', ns: 'ghec-runners' },
    { name: 'an EphemeralRunner pod that failed, no namespace shown', pod: 'arc-runner-set-aks-stg-fc-001-at-f2g6l-runner-59x5m', node: null, status: 'Error', kind: 'EphemeralRunner', owner: 'arc-runner-set-aks-stg-fc-001-at-f2g6l-runner-59x5m', confidence: 'high', ns: null },
    { name: 'a word of the user\'s before -runner- (a vowel in it) is no EphemeralRunnerSet', pod: 'ci-tests-runner-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'ci-tests-runner', confidence: 'low', ns: 'default' },
    { name: 'an ARC listener pasted without its namespace', pod: 'prod-large-5677b8c9-listener', node: null, status: 'Running', kind: 'AutoscalingListener', owner: 'prod-large-5677b8c9-listener', confidence: 'high', ns: null },
    { name: 'a -listener pod with a word before it stays a bare pod', pod: 'orders-payments-listener', node: null, status: 'Running', kind: 'Pod', owner: 'orders-payments-listener', confidence: 'low', ns: 'default' },
    { name: 'eight characters outside the listener hash alphabet (0-3, a, e): a bare pod', pod: 'prod-1a2b3c4d-listener', node: null, status: 'Running', kind: 'Pod', owner: 'prod-1a2b3c4d-listener', confidence: 'low', ns: 'arc-system' },
    { name: "etcd-druid's etcd-main-0 in a Gardener shoot's namespace: a StatefulSet's, no static pod (hunt aa/14)", pod: 'etcd-main-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'etcd-main', confidence: 'high', ns: 'shoot--local--local' },
    { name: "etcd-druid's etcd-events-0 likewise", pod: 'etcd-events-0', node: null, status: 'Running', kind: 'StatefulSet', owner: 'etcd-events', confidence: 'high', ns: 'shoot--local--local' },
    { name: 'etcd on a node named master-0 in kube-system stays a static pod', pod: 'etcd-master-0', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd', confidence: 'medium', ns: 'kube-system' },
    { name: "etcd on master-0 in OpenShift's openshift-etcd stays a static pod", pod: 'etcd-master-0', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd', confidence: 'medium', ns: 'openshift-etcd' },
    { name: "Gardener's local provider's machine pod is its Machine's, no Job's (hunt aa/14)", pod: 'machine-shoot--local--local-local-68499-nhvjl', node: null, status: 'Running', kind: 'Machine', owner: 'shoot--local--local-local-68499-nhvjl', confidence: 'high', ns: 'shoot--local--local' },
    { name: 'a machine pod with no namespace shown', pod: 'machine-shoot--dev--app-worker-z1-5c7f8-x7k2p', node: null, status: 'Running', kind: 'Machine', owner: 'shoot--dev--app-worker-z1-5c7f8-x7k2p', confidence: 'high', ns: null },
    { name: "a machine-shoot-- pod in another shoot's namespace keeps its guess", pod: 'machine-shoot--dev--app-worker-z1-5c7f8-x7k2p', node: null, status: 'Running', kind: 'Job', owner: 'machine-shoot--dev--app-worker-z1-5c7f8', confidence: 'low', ns: 'shoot--dev--other' },
    { name: "a known DaemonSet's name and five generated characters: Gardener's fluent-bit-<5>, a DaemonSet (hunt aa/14)", pod: 'fluent-bit-8259c-s5wnv', node: null, status: 'Running', kind: 'DaemonSet', owner: 'fluent-bit-8259c', confidence: 'low', ns: 'garden' },
    { name: 'an unknown name and five generated characters stays a Job guess', pod: 'report-8259c-s5wnv', node: null, status: 'Running', kind: 'Job', owner: 'report-8259c', confidence: 'low', ns: 'garden' },
    { name: "an etcd-operator member on another node, outside kube-system: a bare pod, no static etcd (hunt af/09)", pod: 'etcd-fbwmh625km', node: 'node2', status: 'Running', kind: 'Pod', owner: 'etcd-fbwmh625km', confidence: 'low', ns: 'mayastor' },
    { name: "an etcd-operator member of the cluster etcd-cluster, no NODE shown (hunt af/11)", pod: 'etcd-cluster-9wsmhlqzgp', node: null, status: 'Completed', kind: 'Pod', owner: 'etcd-cluster-9wsmhlqzgp', confidence: 'low', ns: 'default' },
    { name: 'ten generated characters name no node even in kube-system', pod: 'etcd-fbwmh625km', node: null, status: 'Running', kind: 'Pod', owner: 'etcd-fbwmh625km', confidence: 'low', ns: 'kube-system' },
    { name: 'a ten-character node name with a vowel stays a static pod', pod: 'etcd-kubemaster', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd', confidence: 'medium', ns: 'kube-system' },
    { name: 'etcd-<word> on another node outside the static pods\' namespaces: no static pod', pod: 'etcd-store', node: 'w1-k8s', status: 'Running', kind: 'Pod', owner: 'etcd-store', confidence: 'low', ns: 'apps' },
    { name: 'the same in kube-system stays a static pod (a node renamed in the paste)', pod: 'etcd-store', node: 'w9', status: 'Running', kind: 'StaticPod', owner: 'etcd', confidence: 'medium', ns: 'kube-system' },
    { name: 'the same outside kube-system with no NODE shown stays a static pod', pod: 'etcd-store', node: null, status: 'Running', kind: 'StaticPod', owner: 'etcd', confidence: 'medium', ns: 'apps' },
    { name: "openstack-helm's per-host DaemonSet: eight hex characters are its config hash, no pod-template-hash (hunt ad/20); the knowledge base knows its prefix (em/02)", pod: 'neutron-dhcp-agent-controller-0-a762cb46-42vxr', node: null, status: 'Running', kind: 'DaemonSet', owner: 'neutron-dhcp-agent-controller-0-a762cb46', confidence: 'high', ns: 'openstack' },
    { name: 'the same with a 3 and an e', pod: 'nova-compute-controller-0-9626473e-vmz4q', node: null, status: 'Running', kind: 'DaemonSet', owner: 'nova-compute-controller-0-9626473e', confidence: 'high', ns: 'openstack' },
    { name: 'the per-host shape under a name the knowledge base does not know stays a DaemonSet guess', pod: 'cinder-agent-controller-0-a762cb46-42vxr', node: null, status: 'Running', kind: 'DaemonSet', owner: 'cinder-agent-controller-0-a762cb46', confidence: 'low', ns: 'openstack' },
    { name: "ten hex characters are a doc's made-up pod-template-hash, not a DaemonSet's hash (ey/13)", pod: 'kratos-2ab64de672-nkhnq', node: null, status: 'Running', kind: 'Deployment', owner: 'kratos', confidence: 'medium', ns: null },
    { name: 'a hash retyped with letters outside hex stays a Deployment', pod: 'web-7567f5g7o-7ci7o', node: null, status: 'Running', kind: 'Deployment', owner: 'web', confidence: 'medium', ns: 'default' },
    { name: "KMM's build pod is a one-off's, no DaemonSet's (hunt ae/26)", pod: 'kmm-i915-backport-build-dhpcl', node: null, status: 'Running', kind: 'Job', owner: 'kmm-i915-backport-build', confidence: 'low', ns: 'kmm-operator-system' },
    { name: "a Job named by generateName with no dash, job<5> (HCO, hunt ad/19)", pod: 'kubevirt-hyperconverged-cluster-jobfkgxl-xb9l5', node: null, status: 'ImagePullBackOff', kind: 'Job', owner: 'kubevirt-hyperconverged-cluster-jobfkgxl', confidence: 'low', ns: null },
    { name: 'a word that starts with job is no job<5>', pod: 'jobserver-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'jobserver', confidence: 'low', ns: 'default' },
    { name: "an OLM catalog the knowledge base knows, in olm: its CatalogSource's registry pod (hunt ae/25)", pod: 'operatorhubio-catalog-7g9db', node: null, status: 'Running', kind: 'CatalogSource', owner: 'operatorhubio-catalog', confidence: 'medium', ns: 'olm' },
    { name: "OpenShift's redhat-operators in openshift-marketplace", pod: 'redhat-operators-7g9db', node: null, status: 'Running', kind: 'CatalogSource', owner: 'redhat-operators', confidence: 'medium', ns: 'openshift-marketplace' },
    { name: 'a catalog name outside OLM\'s namespaces stays a DaemonSet guess', pod: 'redhat-operators-7g9db', node: null, status: 'Running', kind: 'DaemonSet', owner: 'redhat-operators', confidence: 'low', ns: 'apps' },
    { name: "an init container that failed and was not run again: a Job's attempt (ONAP, hunt ai/28)", pod: 'onap-sdc-be-4qf8j', node: null, status: 'Init:Error', kind: 'Job', owner: 'onap-sdc-be', confidence: 'medium', ns: 'onap' },
    { name: 'the same with an exit code', pod: 'onap-sdc-be-4qf8j', node: null, status: 'Init:ExitCode:1', kind: 'Job', owner: 'onap-sdc-be', confidence: 'medium', ns: 'onap' },
    { name: 'an init container still running is no end', pod: 'onap-sdc-be-4qf8j', node: null, status: 'Init:2/3', kind: 'DaemonSet', owner: 'onap-sdc-be', confidence: 'low', ns: 'onap' },
    { name: 'a word and a number is a name given by hand, no generated suffix (hunt ai/29)', pod: 'redis-test2', node: null, status: 'Error', kind: 'Pod', owner: 'redis-test2', confidence: 'low', ns: 'atscale' },
    { name: 'the same running', pod: 'nginx-test1', node: null, status: 'Running', kind: 'Pod', owner: 'nginx-test1', confidence: 'low', ns: 'default' },
    { name: 'letters then digits without a vowel may be a generated suffix still', pod: 'deis-controller-mn300', node: null, status: 'Running', kind: 'DaemonSet', owner: 'deis-controller', confidence: 'low', ns: 'deis' },
    { name: 'a ReplicaSet name whose pod suffix the author cut, of a Deployment the knowledge base knows (hunt ai/17)', pod: 'kubeflow-trainer-controller-manager-788ff8cfd9', node: null, status: 'Running', kind: 'Deployment', owner: 'kubeflow-trainer-controller-manager', confidence: 'low', ns: 'kubeflow-system' },
    { name: 'the same shape of an unknown name stays a bare pod', pod: 'myapp-server-788ff8cfd9', node: null, status: 'Running', kind: 'Pod', owner: 'myapp-server-788ff8cfd9', confidence: 'low', ns: 'default' },
    { name: "six characters no pod-template hash holds before a generated suffix: a Job named with another program's random part (LitmusChaos, hunt bd/06)", pod: 'container-kill-zj25uk-mgrhc', node: null, status: 'Running', kind: 'Job', owner: 'container-kill-zj25uk', confidence: 'low', ns: 'litmus' },
    { name: 'the same Completed without a restart: a Job more surely', pod: 'pod-delete-7dd4yq-drmvm', node: null, status: 'Completed', kind: 'Job', owner: 'pod-delete-7dd4yq', confidence: 'medium', ns: 'litmus' },
    { name: 'six such characters with a 3 (outside the alphabet) Completed', pod: 'pod-delete-df39rp-wmww5', node: null, status: 'Completed', kind: 'Job', owner: 'pod-delete-df39rp', confidence: 'medium', ns: 'litmus' },
    { name: 'six characters of the alphabet stay a pod-template hash', pod: 'web-7d4b9c-x7k2p', node: null, status: 'Running', kind: 'Deployment', owner: 'web', confidence: 'high', ns: 'default' },
    { name: 'seven characters outside the alphabet stay a retyped hash', pod: 'web-7ci7o4d-x7k2p', node: null, status: 'Running', kind: 'Deployment', owner: 'web', confidence: 'medium', ns: 'default' },
    { name: 'six such characters before a retyped suffix stay a retyped hash', pod: 'web-zj25uk-7ci7o', node: null, status: 'Running', kind: 'Deployment', owner: 'web', confidence: 'medium', ns: 'default' },
    { name: 'a masked six-character hash stays a Deployment', pod: 'keda-operator-******-4hb5n', node: null, status: 'Running', kind: 'Deployment', owner: 'keda-operator', confidence: 'medium', ns: 'keda' },
    { name: "cockroach-operator's version checker <cluster>-vcheck-<minute>: its own Job, no CronJob's (hunt be/02)", pod: 'cockroachdb-vcheck-26995099-522cz', node: null, status: 'Pending', kind: 'Job', owner: 'cockroachdb-vcheck-26995099', confidence: 'medium', ns: 'default' },
    { name: 'another name with a minute stamp stays a CronJob', pod: 'db-check-26995099-522cz', node: null, status: 'Pending', kind: 'CronJob', owner: 'db-check', confidence: 'medium', ns: 'default' },
    { name: "a Vitess chart's ApplySchema Job the knowledge base does not name, running (hunt be/03's shape)", pod: 'customer-apply-schema-v2-jhg8h', node: null, status: 'Running', kind: 'Job', owner: 'customer-apply-schema-v2', confidence: 'low', ns: null },
    { name: 'its ApplyVSchema Job', pod: 'customer-apply-vschema-v2-kxj8f', node: null, status: 'Running', kind: 'Job', owner: 'customer-apply-vschema-v2', confidence: 'low', ns: null },
    { name: "the chart's initial ApplySchema Job, which the knowledge base names (hunt be/03)", pod: 'commerce-apply-schema-initial-jhg8h', node: null, status: 'Running', kind: 'Job', owner: 'commerce-apply-schema-initial', confidence: 'high', ns: null },
    { name: 'a schema registry is no one-off task', pod: 'kafka-schema-registry-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kafka-schema-registry', confidence: 'low', ns: 'kafka' },
    { name: "cert-manager's ACME solver, another generateName pod the knowledge base knows, stays a bare pod", pod: 'cm-acme-http-solver-x7k2p', node: null, status: 'Running', kind: 'Pod', owner: 'cm-acme-http-solver-x7k2p', confidence: 'high', ns: 'default' },
    { name: "an upgrade's complete-upgrade step while it runs, a name the knowledge base does not know (kOps's calico-complete-upgrade's shape, hunt bq/07)", pod: 'addon-complete-upgrade-v331-qmgfh', node: null, status: 'Running', kind: 'Job', owner: 'addon-complete-upgrade-v331', confidence: 'low' },
    { name: "a chart's pre-upgrade hook while it runs", pod: 'etcd-pre-upgrade-g5cjm', node: null, status: 'Running', kind: 'Job', owner: 'etcd-pre-upgrade', confidence: 'low', ns: 'dynamo' },
    { name: "a post-install hook while it runs", pod: 'app-post-install-g5cjm', node: null, status: 'Running', kind: 'Job', owner: 'app-post-install', confidence: 'low', ns: 'default' },
    { name: "openstack-helm's db-sync Job waiting in its dependency check (em/04)", pod: 'horizon-db-sync-lv79c', node: null, status: 'Init:0/1', kind: 'Job', owner: 'horizon-db-sync', confidence: 'low', ns: 'kupenstack' },
    { name: "openstack-helm's bootstrap Job waiting in its dependency check (em/05)", pod: 'nova-bootstrap-qs5bs', node: null, status: 'Init:0/1', kind: 'Job', owner: 'nova-bootstrap', confidence: 'low', ns: 'openstack' },
    { name: "Nova's cell-setup Job the knowledge base names, Pending (em/10)", pod: 'nova-cell-setup-6vtrk', node: null, status: 'Pending', kind: 'Job', owner: 'nova-cell-setup', confidence: 'high', ns: 'openstack' },
    { name: "openstack-helm's ks-endpoints Job running", pod: 'glance-ks-endpoints-l68hx', node: null, status: 'Running', kind: 'Job', owner: 'glance-ks-endpoints', confidence: 'low', ns: 'openstack' },
    { name: "an openstack-helm DaemonSet's default override set, cleanup and cron in its name notwithstanding (em/01)", pod: 'neutron-netns-cleanup-cron-default-k4h4l', node: null, status: 'Running', kind: 'DaemonSet', owner: 'neutron-netns-cleanup-cron-default', confidence: 'high', ns: 'openstack' },
    { name: "a -default DaemonSet the knowledge base does not know keeps its shape's guess over the one-off word", pod: 'app-cleanup-default-k4h4l', node: null, status: 'Running', kind: 'DaemonSet', owner: 'app-cleanup-default', confidence: 'low', ns: 'openstack' },
    { name: 'an upgrade prepuller alone stays a DaemonSet guess', pod: 'node-upgrade-prepuller-g5cjm', node: null, status: 'Running', kind: 'DaemonSet', owner: 'node-upgrade-prepuller', confidence: 'low', ns: 'default' },
    { name: 'an unversioned kube-dns without a hash in kube-system: the ReplicationController before the Deployment, no DaemonSet (hunt bq/05)', pod: 'kube-dns-7rzd7', node: null, status: 'Running', kind: 'ReplicationController', owner: 'kube-dns', confidence: 'low' },
    { name: 'the same, namespace not shown', pod: 'kube-dns-7rzd7', node: null, status: 'Running', kind: 'ReplicationController', owner: 'kube-dns', confidence: 'low', ns: null },
    { name: "kube-dns in its own namespace stays a DaemonSet guess (oc cluster up's, hunt bl/20)", pod: 'kube-dns-xhkfk', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kube-dns', confidence: 'low', ns: 'kube-dns' },
    { name: 'kube-dns-autoscaler is not kube-dns: no ReplicationController guess', pod: 'kube-dns-autoscaler-x7k2p', node: null, status: 'Running', kind: 'DaemonSet', owner: 'kube-dns-autoscaler', confidence: 'low' },
    { name: "a JupyterHub user's server, KubeSpawner's escapes of an e-mail name (-40 the @, -2e the dot) no hash and suffix (hunt cj/27)", pod: 'jupyter-langma-40gmail-2ecom', node: null, status: 'Running', kind: 'Pod', owner: 'jupyter-langma-40gmail-2ecom', confidence: 'high', ns: 'jhub' },
    { name: 'the same name outside JupyterHub\'s namespaces keeps its shape\'s guess', pod: 'jupyter-langma-40gmail-2ecom', node: null, status: 'Running', kind: 'Deployment', owner: 'jupyter-langma', confidence: 'medium', ns: 'apps' },
    { name: "a DaemonSet named as one, its pod's suffix cut short (MindX DL's device plugin, hunt cj/21)", pod: 'ascend-device-plugin-daemonset-910-lq', node: null, status: 'Running', kind: 'DaemonSet', owner: 'ascend-device-plugin-daemonset-910', confidence: 'low' },
    { name: 'the same word with a number for its tail is an ordinal, no cut suffix: its shape\'s reading stays', pod: 'my-daemonset-test-2', node: null, status: 'Running', kind: 'StatefulSet', owner: 'my-daemonset-test', confidence: 'medium' },
    { name: 'a pod merely about daemons stays bare', pod: 'daemon-tools-ab', node: null, status: 'Running', kind: 'Pod', owner: 'daemon-tools-ab', confidence: 'low' },
    { name: "`oc adm must-gather`'s pod, made by the command itself with a generateName (hunt cy/12): bare, no DaemonSet's", pod: 'must-gather-sr295', node: null, status: 'NotReady', kind: 'Pod', owner: 'must-gather-sr295', confidence: 'high', ns: null },
    { name: "the same in its temporary namespace", pod: 'must-gather-sr295', node: null, status: 'Running', kind: 'Pod', owner: 'must-gather-sr295', confidence: 'high', ns: 'openshift-must-gather-7xq2k' },
    { name: 'a Deployment named jupyter-<x> with a real hash and suffix stays one there', pod: 'jupyter-web-7d4b9c8f6d-x2k9p', node: null, status: 'Running', kind: 'Deployment', owner: 'jupyter-web', confidence: 'high', ns: 'jhub' },
  ] as const;
  test.each(cases)('$name', (c) => {
    const namespace = 'ns' in c ? c.ns : 'kube-system';
    expect(inferOwner(c.pod, { namespace, node: c.node, status: c.status }, ctx)).toEqual({ kind: c.kind, name: c.owner, confidence: c.confidence });
  });
});

describe('owner kinds the knowledge base gives', () => {
  // A made-up entry: which kinds the knowledge base holds is its own business, the owner stage only follows them.
  const entry = (kind: ComponentInfo['kind']) => ({ id: 'x', kind, prefixes: [] }) as unknown as ComponentInfo;
  const fast = (kind: ComponentInfo['kind']) => ({
    nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed: new Map(),
    match: (name: string) => (name === 'rook-ceph-mon0' ? entry(kind) : undefined),
    workload: (k: ComponentInfo['kind'], name: string, confidence: 'high' | 'medium' | 'low') => ({ kind: k, name, confidence }),
  });
  test.each([
    { name: "a ReplicaSet an operator makes with no Deployment (Rook before 0.9's mons, hunt af/34)", kind: 'ReplicaSet' as const, expected: { kind: 'ReplicaSet', name: 'rook-ceph-mon0', confidence: 'high' } },
    { name: 'a DaemonSet', kind: 'DaemonSet' as const, expected: { kind: 'DaemonSet', name: 'rook-ceph-mon0', confidence: 'high' } },
    { name: 'a StatefulSet says nothing of a <base>-<5> pod: the guess stays', kind: 'StatefulSet' as const, expected: { kind: 'DaemonSet', name: 'rook-ceph-mon0', confidence: 'low' } },
  ])('$name', ({ kind, expected }) => {
    const pod = 'rook-ceph-mon0-c5d9f';
    expect(ownerOf(pod, packedShape(pod), 'rook', null, 'CrashLoopBackOff', fast(kind))).toEqual(expected);
  });
});

describe('controllers the paste names (FastOwnerContext.named) and pods its manifests make (generatedPods)', () => {
  const fast = (named?: ReadonlyMap<string, 'ReplicaSet' | 'ReplicationController'>, generatedPods?: ReadonlySet<string>) => ({
    nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed: new Map(), named, generatedPods,
    match: () => undefined,
    workload: (k: ComponentInfo['kind'], name: string, confidence: 'high' | 'medium' | 'low') => ({ kind: k, name, confidence }),
  });
  test.each([
    { name: '`kubectl scale rc tmp-webserver` named it (hunt by/13)', pod: 'tmp-webserver-2f78c', ctx: fast(new Map([['tmp-webserver', 'ReplicationController']])), expected: 'ReplicationController/tmp-webserver/high' },
    { name: '`kubectl describe rs kuard` named it (hunt by/21)', pod: 'kuard-2n65h', ctx: fast(new Map([['kuard', 'ReplicaSet']])), expected: 'ReplicaSet/kuard/high' },
    { name: 'another name: the guess stays', pod: 'kuard-2n65h', ctx: fast(new Map([['kuard-v2', 'ReplicaSet']])), expected: 'DaemonSet/kuard/low' },
    { name: 'a `kind: Pod` manifest with generateName kueue-sleep- (kueue#9482): a bare pod', pod: 'kueue-sleep-qw5hb', ctx: fast(undefined, new Set(['kueue-sleep-'])), expected: 'Pod/kueue-sleep-qw5hb/high' },
    { name: 'another prefix: the guess stays', pod: 'kueue-sleep-qw5hb', ctx: fast(undefined, new Set(['kueue-'])), expected: 'DaemonSet/kueue-sleep/low' },
  ])('$name', ({ pod, ctx, expected }) => {
    const w = ownerOf(pod, packedShape(pod), 'default', null, 'Running', ctx);
    expect(`${w.kind}/${w.name}/${w.confidence}`).toBe(expected);
  });
});

describe('a pod table headed REASON, as kubectl before 1.0 printed it (FastOwnerContext.beforeDaemonSets)', () => {
  const fast = (beforeDaemonSets: boolean, fiveBaseNodes = new Map<string, number>()) => ({
    nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes, deploymentConfigs: new Set<string>(), listed: new Map(), beforeDaemonSets,
    match: () => undefined,
    workload: (k: ComponentInfo['kind'], name: string, confidence: 'high' | 'medium' | 'low') => ({ kind: k, name, confidence }),
  });
  test.each([
    { name: "`kubectl run example`'s pod (hunt db/10): a ReplicationController's, no DaemonSet then", pod: 'example-pao7a', ctx: fast(true), expected: 'ReplicationController/example/low' },
    { name: "kube-up's add-on beside it (hunt da/23)", pod: 'monitoring-influx-grafana-v1-o79xf', ctx: fast(true), expected: 'ReplicationController/monitoring-influx-grafana-v1/low' },
    { name: 'its pods on two nodes: still no DaemonSet', pod: 'example-pao7a', ctx: fast(true, new Map([['example', 2]])), expected: 'ReplicationController/example/low' },
    { name: 'a STATUS header: the DaemonSet guess stays', pod: 'example-pao7a', ctx: fast(false), expected: 'DaemonSet/example/low' },
  ])('$name', ({ pod, ctx, expected }) => {
    const w = ownerOf(pod, packedShape(pod), null, null, 'Running', ctx);
    expect(`${w.kind}/${w.name}/${w.confidence}`).toBe(expected);
  });
});

describe('kube-proxy-<node> where the paste speaks of RKE2 (FastOwnerContext.speaksOfRke2)', () => {
  const fast = (rke2: boolean) => ({
    nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed: new Map(), speaksOfRke2: () => rke2,
    match: () => ({ id: 'kube-proxy', kind: 'DaemonSet', prefixes: [] }) as unknown as ComponentInfo,
    workload: (k: ComponentInfo['kind'], name: string, confidence: 'high' | 'medium' | 'low') => ({ kind: k, name, confidence }),
  });
  test.each([
    { name: "RKE2's static kube-proxy on a node the paste does not list (hunt bq/02)", pod: 'kube-proxy-oly-rancher-51d', rke2: true, node: null, expected: 'StaticPod/kube-proxy/medium' },
    { name: 'on a node named with a number', pod: 'kube-proxy-worker-1', rke2: true, node: null, expected: 'StaticPod/kube-proxy/medium' },
    { name: 'without RKE2 in the paste: no grounds, a bare pod guess', pod: 'kube-proxy-oly-rancher-51d', rke2: false, node: null, expected: 'Pod/kube-proxy-oly-rancher-51d/low' },
    { name: "the Helm chart's DaemonSet pod beside it stays the DaemonSet's", pod: 'kube-proxy-8gmm8', rke2: true, node: null, expected: 'DaemonSet/kube-proxy/high' },
    { name: 'a masked tail names no node', pod: 'kube-proxy-xxxxxx', rke2: true, node: null, expected: 'Pod/kube-proxy-xxxxxx/low' },
    { name: 'a row on another node is no mirror pod of the node its name ends in', pod: 'kube-proxy-oly-rancher-51d', rke2: true, node: 'oly-rancher-52d', expected: 'Pod/kube-proxy-oly-rancher-51d/low' },
  ])('$name', ({ pod, rke2, node, expected }) => {
    const w = ownerOf(pod, packedShape(pod), 'kube-system', node, 'Running', fast(rke2));
    expect(`${w.kind}/${w.name}/${w.confidence}`).toBe(expected);
  });
});

describe('runs named with a word drawn for each (FastOwnerContext.tokened)', () => {
  const fast = (tokened: ReadonlySet<string> | undefined, known = false) => ({
    nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed: new Map(), tokened,
    match: () => (known ? ({ id: 'x', kind: 'DaemonSet', prefixes: [] } as unknown as ComponentInfo) : undefined),
    workload: (k: ComponentInfo['kind'], name: string, confidence: 'high' | 'medium' | 'low') => ({ kind: k, name, confidence }),
  });
  const pod = 'mysql-sysbench-adzglm-f5nbz';
  test.each([
    { name: 'a base the paste shows as such a run: a Job, low (hunt bj/18)', ctx: fast(new Set(['mysql-sysbench-adzglm'])), expected: { kind: 'Job', name: 'mysql-sysbench-adzglm', confidence: 'low' } },
    { name: 'another base: the DaemonSet guess stays', ctx: fast(new Set(['mysql-sysbench-czirhj'])), expected: { kind: 'DaemonSet', name: 'mysql-sysbench-adzglm', confidence: 'low' } },
    { name: 'none: the DaemonSet guess stays', ctx: fast(undefined), expected: { kind: 'DaemonSet', name: 'mysql-sysbench-adzglm', confidence: 'low' } },
    { name: 'a DaemonSet the knowledge base knows stays one', ctx: fast(new Set(['mysql-sysbench-adzglm']), true), expected: { kind: 'DaemonSet', name: 'mysql-sysbench-adzglm', confidence: 'high' } },
  ])('$name', ({ ctx, expected }) => {
    expect(ownerOf(pod, packedShape(pod), null, null, 'Pending', ctx)).toEqual(expected);
  });
});

describe('a pod-template hash typed a character too long', () => {
  const entry = { id: 'gatekeeper-audit', kind: 'Deployment', prefixes: [] } as unknown as ComponentInfo;
  const fast = {
    nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed: new Map(),
    match: (name: string) => (name === 'gatekeeper-audit' ? entry : undefined),
    workload: (k: ComponentInfo['kind'], name: string, confidence: 'high' | 'medium' | 'low') => ({ kind: k, name, confidence }),
  };
  test.each([
    { name: "eleven characters behind a Deployment the knowledge base knows: its pod (hunt as/10)", pod: 'gatekeeper-audit-6699999786d-6n8xt', expected: 'Deployment/gatekeeper-audit/low' },
    { name: 'behind a name the knowledge base does not know: the guess stays', pod: 'policy-audit-6699999786d-6n8xt', expected: 'DaemonSet/policy-audit-6699999786d/low' },
    { name: 'twelve characters are no typo of a hash', pod: 'gatekeeper-audit-66999997866d-6n8xt', expected: 'DaemonSet/gatekeeper-audit-66999997866d/low' },
  ])('$name', ({ pod, expected }) => {
    const w = ownerOf(pod, packedShape(pod), 'gatekeeper-system', null, 'Running', fast);
    expect(`${w.kind}/${w.name}/${w.confidence}`).toBe(expected);
  });
});

describe('a hyphen typed twice before the pod-template hash (do/09)', () => {
  const fast = {
    nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed: new Map(),
    match: () => undefined,
    workload: (k: ComponentInfo['kind'], name: string, confidence: 'high' | 'medium' | 'low') => ({ kind: k, name, confidence }),
  };
  test.each([
    { name: "the Ukrainian docs' hello-node--5f76cf6ccf-br9b5: the Deployment without the extra hyphen", pod: 'hello-node--5f76cf6ccf-br9b5', expected: 'Deployment/hello-node/medium' },
    { name: 'one hyphen, as kubectl writes it: as before', pod: 'hello-node-5f76cf6ccf-br9b5', expected: 'Deployment/hello-node/high' },
  ])('$name', ({ pod, expected }) => {
    const w = ownerOf(pod, packedShape(pod), null, null, 'Running', fast);
    expect(`${w.kind}/${w.name}/${w.confidence}`).toBe(expected);
  });
});

describe("an EMQX's replicants beside its hashed core StatefulSet (FastOwnerContext.hashedCores; emqx-operator#801, #998; ep/32)", () => {
  const fast = (hashedCores?: ReadonlySet<string>) => ({
    nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed: new Map(), hashedCores,
    match: () => undefined,
    workload: (k: ComponentInfo['kind'], name: string, confidence: 'high' | 'medium' | 'low') => ({ kind: k, name, confidence }),
  });
  test.each([
    { name: 'beside emqx-core-944bb84db-0 (operator 2.2 on): the operator\'s own ReplicaSet', pod: 'emqx-replicant-699944997b-4hw26', ctx: fast(new Set(['emqx'])), expected: 'ReplicaSet/emqx-replicant-699944997b/high' },
    { name: 'another EMQX name, as its custom resource says', pod: 'broker-replicant-6ff5bd6cdc-x7k2p', ctx: fast(new Set(['broker'])), expected: 'ReplicaSet/broker-replicant-6ff5bd6cdc/high' },
    { name: 'no hashed core pod (v2alpha1: emqx-core-0): a Deployment, as then', pod: 'emqx-replicant-6c8b4fccfb-bkk4s', ctx: fast(), expected: 'Deployment/emqx-replicant/high' },
    { name: "another EMQX's core: the guess stays", pod: 'emqx-replicant-699944997b-4hw26', ctx: fast(new Set(['other'])), expected: 'Deployment/emqx-replicant/high' },
    { name: 'not a replicant: the guess stays', pod: 'emqx-dashboard-699944997b-4hw26', ctx: fast(new Set(['emqx'])), expected: 'Deployment/emqx-dashboard/high' },
  ])('$name', ({ pod, ctx, expected }) => {
    const w = ownerOf(pod, packedShape(pod), 'mqtt', null, 'Running', ctx);
    expect(`${w.kind}/${w.name}/${w.confidence}`).toBe(expected);
  });
});

describe('a Deployment the paste lists, its hash typed by hand (FastOwnerContext.listed)', () => {
  const fast = (listed: ReadonlyMap<string, 'Deployment' | 'DaemonSet'>) => ({
    nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed,
    match: () => undefined,
    workload: (k: ComponentInfo['kind'], name: string, confidence: 'high' | 'medium' | 'low') => ({ kind: k, name, confidence }),
  });
  test.each([
    { name: 'a hex hash beside `get deployments` listing rollout-demo-canary (hunt cb/15)', pod: 'rollout-demo-canary-8e5c0d9f6a-xyz78', listed: [['rollout-demo-canary', 'Deployment']] as const, expected: 'Deployment/rollout-demo-canary/high' },
    { name: 'not listed: ten hex characters read as a typed pod-template-hash still, less sure (ey/13)', pod: 'rollout-demo-canary-8e5c0d9f6a-xyz78', listed: [['rollout-demo-stable', 'Deployment']] as const, expected: 'Deployment/rollout-demo-canary/medium' },
    { name: 'listed as a DaemonSet: says nothing of the hash', pod: 'rollout-demo-canary-8e5c0d9f6a-xyz78', listed: [['rollout-demo-canary', 'DaemonSet']] as const, expected: 'Deployment/rollout-demo-canary/medium' },
    { name: 'eight hex characters, not listed: a DaemonSet\'s own hash, the guess stays', pod: 'agent-controller-0-8e5c0d9f-xyz78', listed: [['web', 'Deployment']] as const, expected: 'DaemonSet/agent-controller-0-8e5c0d9f/low' },
    { name: "a word after a listed Deployment's name is no hash (web-exporter beside the Deployment web)", pod: 'web-exporter-x7k2p', listed: [['web', 'Deployment']] as const, expected: 'DaemonSet/web-exporter/low' },
  ])('$name', ({ pod, listed, expected }) => {
    const w = ownerOf(pod, packedShape(pod), null, null, 'Running', fast(new Map(listed)));
    expect(`${w.kind}/${w.name}/${w.confidence}`).toBe(expected);
  });
});

describe("labelledOwner: the owner a pod's own labels name", () => {
  const fast = { nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed: new Map(), match: () => undefined, workload: (kind: never, name: string, confidence: never) => ({ kind, name, confidence }) };
  const guess = (kind: string, name: string) => ({ kind, name, confidence: 'medium' }) as never;
  test.each([
    { name: 'job-name names the Job (trivy-operator, hunt as/06)', labels: { 'job-name': 'scan-vulnerabilityreport-694588d869' }, pod: 'scan-vulnerabilityreport-694588d869-2786t', guess: guess('Deployment', 'scan-vulnerabilityreport'), expected: 'Job/scan-vulnerabilityreport-694588d869/high' },
    { name: "Kubernetes 1.27's batch.kubernetes.io/job-name too", labels: { 'batch.kubernetes.io/job-name': 'pi' }, pod: 'pi-x7k2p', guess: guess('DaemonSet', 'pi'), expected: 'Job/pi/high' },
    { name: "a CronJob's run stays the CronJob's", labels: { 'job-name': 'backup-29400000' }, pod: 'backup-29400000-x7k2p', guess: guess('CronJob', 'backup'), expected: 'CronJob/backup/high' },
    { name: "a Job whose name the pod's does not start with: not this pod's label", labels: { 'job-name': 'migrate' }, pod: 'web-7d4b9c8f6d-x7k2p', guess: guess('Deployment', 'web'), expected: 'null' },
    { name: 'no job-name: nothing said', labels: { app: 'web' }, pod: 'web-x7k2p', guess: guess('DaemonSet', 'web'), expected: 'null' },
    { name: 'pod-template-generation: its DaemonSet for sure (Submariner, hunt ay/10)', labels: { app: 'submariner-engine', 'controller-revision-hash': '7d4dccfc6c', 'pod-template-generation': '1' }, pod: 'submariner-gateway-hsgv4', guess: guess('DaemonSet', 'submariner-gateway'), expected: 'DaemonSet/submariner-gateway/high' },
    { name: 'pod-template-generation under another guess: the DaemonSet before the suffix', labels: { 'pod-template-generation': '3' }, pod: 'node-agent-x7k2p', guess: guess('Job', 'node-agent'), expected: 'DaemonSet/node-agent/high' },
    { name: 'pod-template-generation on a name with no suffix: nothing said', labels: { 'pod-template-generation': '1' }, pod: 'agent', guess: guess('Pod', 'agent'), expected: 'null' },
    { name: 'controller-revision-hash alone (a StatefulSet sets it too): nothing said', labels: { 'controller-revision-hash': '7d4dccfc6c' }, pod: 'agent-x7k2p', guess: guess('DaemonSet', 'agent'), expected: 'null' },
    { name: 'pod-template-hash held in the name: its Deployment', labels: { 'pod-template-hash': '6984c774d8' }, pod: 'submariner-lighthouse-agent-6984c774d8-gzt6h', guess: guess('Deployment', 'submariner-lighthouse-agent'), expected: 'Deployment/submariner-lighthouse-agent/high' },
    { name: "pod-template-hash the name does not hold (a doc's edit): nothing said", labels: { 'pod-template-hash': '3123191453' }, pod: 'nginx-deployment-75675f5897-7ci7o', guess: guess('Deployment', 'nginx-deployment'), expected: 'null' },
    { name: 'statefulset.kubernetes.io/pod-name naming the pod: its StatefulSet', labels: { 'statefulset.kubernetes.io/pod-name': 'web-2' }, pod: 'web-2', guess: guess('StatefulSet', 'web'), expected: 'StatefulSet/web/high' },
    { name: "statefulset.kubernetes.io/pod-name of another pod: not this pod's label", labels: { 'statefulset.kubernetes.io/pod-name': 'web-1' }, pod: 'web-2', guess: guess('StatefulSet', 'web'), expected: 'null' },
  ])('$name', ({ labels, pod, guess: g, expected }) => {
    const w = labelledOwner(labels, pod, g, fast as never);
    expect(w === null ? 'null' : `${w.kind}/${w.name}/${w.confidence}`).toBe(expected);
  });
});

describe('generated names in the samples', () => {
  const texts = import.meta.glob<string>('../../content/samples/big-cluster-200.txt', { query: '?raw', import: 'default', eager: true });
  const text = Object.values(texts)[0] ?? '';
  test('every Deployment pod of big-cluster-200 uses the generator alphabet and reads with high confidence', async () => {
    const { explain } = await import('./explain.ts');
    const deployments = explain(text).rows.filter((r) => nameShape(r.name).type === 'deployment');
    expect(deployments.length).toBeGreaterThan(50);
    for (const r of deployments) {
      expect(r.name).toMatch(/-[bcdfghjklmnpqrstvwxz2456789]{6,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(r.workload).toEqual({ kind: 'Deployment', name: nameShape(r.name).base, confidence: 'high' });
    }
  });
});

describe('operators\' pod names', () => {
  test.each([
    { name: 'cut after its hash', pod: 'apply-k3s-master-plan-on-ip-172-31-5-148-with-dd89bc30f01-smcrf', job: 'apply-k3s-master-plan-on-ip-172-31-5-148-with-dd89bc30f01' },
    { name: 'cut where the Job name ends in a dash and 6 hex digits', pod: 'apply-agent-plan-on-gke-gpu-pool-b-us-central1-c-07-with-4dxk7l', job: 'apply-agent-plan-on-gke-gpu-pool-b-us-central1-c-07-with' },
    { name: 'not cut (a short hash)', pod: 'apply-upgrade-on-node1-with-9f86d08-x7k2p', job: 'apply-upgrade-on-node1-with-9f86d08' },
    { name: 'short, without -with-: no upgrade Job', pod: 'apply-config-on-start-x7k2p', job: null },
    { name: 'no -on-', pod: 'apply-migrations-x7k2p', job: null },
    { name: "a Deployment's pod", pod: 'apply-on-demand-7d9f8b6c5d-x2k9p', job: null },
  ])('system-upgrade-controller: $name', ({ pod, job }) => {
    expect(upgradeJobName(pod)).toBe(job);
  });
  test.each([
    { name: 'bootstrap job', pod: 'cluster-example-1-initdb-9jz2l', cluster: 'cluster-example' },
    { name: 'replica join job', pod: 'pg-main-2-join-rn5xv', cluster: 'pg-main' },
    { name: 'recovery job', pod: 'db-1-full-recovery-x7k2p', cluster: 'db' },
    { name: 'an instance is no job', pod: 'cluster-example-1', cluster: null },
    { name: 'a job of another name', pod: 'cluster-example-1-migrate-9jz2l', cluster: null },
  ])('CloudNativePG: $name', ({ pod, cluster }) => {
    expect(cnpgJobCluster(pod)).toBe(cluster);
  });
  test.each([
    { name: 'Tekton 0.21+', pod: 'build-run-8xk2p-fetch-source-pod', run: { name: 'build-run-8xk2p-fetch-source', sure: true } },
    { name: 'before 0.21', pod: 'hello-run-pod-x7k2p', run: { name: 'hello-run', sure: true } },
    { name: 'a name anyone may give', pod: 'nginx-pod', run: { name: 'nginx', sure: false } },
    { name: "a run named with an 8-hex id (kagenti's PipelineRun, hunt cq/22)", pod: 'research-agent-183740ed-git-clone-pod', run: { name: 'research-agent-183740ed-git-clone', sure: true } },
    { name: 'an 8-letter word of hex letters is no id', pod: 'cafebabe-web-pod', run: { name: 'cafebabe-web', sure: false } },
    { name: 'a date is no id', pod: 'backup-20240101-pod', run: { name: 'backup-20240101', sure: false } },
    { name: 'the first releases: -pod-<6 hex> (dt/10)', pod: 'my-rust-project-master-1-from-build-pack-c7kkd-pod-ef705a', run: { name: 'my-rust-project-master-1-from-build-pack-c7kkd', sure: true } },
    { name: 'six letters past hex after -pod- are no such tail', pod: 'web-pod-abcxyz', run: null },
    { name: 'no -pod', pod: 'hello-run-x7k2p', run: null },
    { name: 'only -pod', pod: '-pod', run: null },
  ])('Tekton: $name', ({ pod, run }) => {
    expect(tektonTaskRun(pod)).toEqual(run);
  });
  test.each([
    { name: 'Tekton 0.21+', pod: 'build-run-8xk2p-fetch-source-pod', tail: true },
    { name: 'the first releases', pod: 'my-rust-project-c7kkd-pod-ef705a', tail: true },
    // Ten characters and no -pod-: lastIndexOf's -1 once equalled length - 11 and sent every such bare pod this way.
    { name: 'a ten-letter name without -pod', pod: 'web-server', tail: false },
    { name: '-pod- elsewhere', pod: 'my-pod-runner-abc', tail: false },
    { name: 'no -pod at all', pod: 'hello-run-x7k2p', tail: false },
  ])('tektonPodTail: $name', ({ pod, tail }) => {
    expect(tektonPodTail(pod)).toBe(tail);
  });
  test.each([
    { name: 'v2 pod name: workflow, template, id', pod: 'steps-4bvl9-hello-1469234567', wf: { name: 'steps-4bvl9', sure: true } },
    { name: 'v1 pod name: workflow and id', pod: 'dag-diamond-8q7vp-3958201746', wf: { name: 'dag-diamond-8q7vp', sure: true } },
    { name: 'a named workflow: maybe with its template', pod: 'nightly-etl-1469234567', wf: { name: 'nightly-etl', sure: false } },
    { name: 'a CronJob-like minute stamp is too short', pod: 'backup-29400000', wf: { name: 'backup', sure: false } },
    { name: 'five digits are no id', pod: 'web-12345', wf: null },
    { name: 'a Deployment pod', pod: 'coredns-66bff467f8-4j4lj', wf: null },
  ])('Argo Workflows: $name', ({ pod, wf }) => {
    expect(argoWorkflow(pod)).toEqual(wf);
  });
  test.each([
    { name: 'Spark 3: 16 hex digits', pod: 'spark-pi-9c7ec571d23c8a26-exec-2', prefix: 'spark-pi-9c7ec571d23c8a26', submitted: true },
    { name: 'Spark 2.3: a 32-digit uuid', pod: 'etl-90db77034d7c3cae9fb1b60b2110aa3b-exec-10', prefix: 'etl-90db77034d7c3cae9fb1b60b2110aa3b', submitted: true },
    { name: 'Spark 2.x: a 13-digit launch time', pod: 'stream2raw-py-1598515989094-exec-1', prefix: 'stream2raw-py-1598515989094', submitted: true },
    { name: 'a prefix set by hand', pod: 'nightly-exec-3', prefix: 'nightly', submitted: false },
    { name: 'a-f letters alone are a word, not an id', pod: 'x-deadbeefcafebabe-exec-1', prefix: 'x-deadbeefcafebabe', submitted: false },
    { name: 'executors count from 1', pod: 'spark-pi-9c7ec571d23c8a26-exec-0', prefix: null, submitted: false },
    { name: 'a Deployment pod', pod: 'exec-66bff467f8-4j4lj', prefix: null, submitted: false },
  ])('Spark: $name', ({ pod, prefix, submitted }) => {
    expect(sparkExecutorPrefix(pod)).toBe(prefix);
    if (prefix !== null) expect(sparkSubmitted(prefix)).toBe(submitted);
  });
  test.each([
    { name: 'a TaskManager', pod: 'wordcount-taskmanager-1-3', cluster: 'wordcount' },
    { name: 'after a JobManager failover', pod: 'basic-example-taskmanager-2-1', cluster: 'basic-example' },
    { name: 'a StatefulSet pod', pod: 'taskmanager-0', cluster: null },
    { name: 'one number only', pod: 'flink-taskmanager-1', cluster: null },
  ])('Flink: $name', ({ pod, cluster }) => {
    expect(flinkCluster(pod)).toBe(cluster);
  });
  test.each([
    { name: 'a PyTorchJob master', pod: 'pytorch-simple-master-0', replica: { job: 'pytorch-simple', role: 'master' } },
    { name: 'a TFJob parameter server', pod: 'dist-mnist-ps-1', replica: { job: 'dist-mnist', role: 'ps' } },
    { name: 'a chief', pod: 'tf-job-chief-0', replica: { job: 'tf-job', role: 'chief' } },
    { name: 'no replica type', pod: 'web-0', replica: null },
  ])('Kubeflow training: $name', ({ pod, replica }) => {
    expect(trainingReplica(pod)).toEqual(replica);
  });
  test.each([
    { name: 'a member of etcd-cluster (hunt af/11)', pod: 'etcd-cluster-9wsmhlqzgp', cluster: 'etcd-cluster' },
    { name: "Cilium's cilium-etcd (hunt e/10)", pod: 'cilium-etcd-cmncsqs2st', cluster: 'cilium-etcd' },
    { name: 'a cluster named etcd (hunt af/09)', pod: 'etcd-fbwmh625km', cluster: 'etcd' },
    { name: 'a vowel is no generated character', pod: 'etcd-kubemaster', cluster: null },
    { name: 'nine characters are too few', pod: 'etcd-9wsmhlqzg', cluster: null },
    { name: "a Deployment's pod", pod: 'etcd-operator-69b559656f-6hjq8', cluster: null },
    { name: 'no name before the dash', pod: '-9wsmhlqzgp', cluster: null },
    { name: "the older operator's four-digit counter (Tectonic's kube-etcd-0000, hunt cc/09)", pod: 'kube-etcd-0000', cluster: 'kube-etcd' },
    { name: 'three digits are no counter', pod: 'kube-etcd-000', cluster: null },
    { name: 'no name before the counter', pod: '-0001', cluster: null },
  ])('etcd-operator: $name', ({ pod, cluster }) => {
    expect(etcdMemberCluster(pod)).toBe(cluster);
  });
  test.each([
    { name: 'a pod of es-cluster, no node spec named (hunt co/26)', pod: 'es-cluster-es-25g5k25k7w', cluster: 'es-cluster' },
    { name: 'a random part without digits (hunt co/26)', pod: 'es-cluster-es-cgvdvzfhhr', cluster: 'es-cluster' },
    { name: "ECK 0.8's sample (hunt co/07)", pod: 'elasticsearch-sample-es-66sv6dvt7g', cluster: 'elasticsearch-sample' },
    { name: 'a node spec named master', pod: 'quickstart-es-master-2vfxlbh5sf', cluster: 'quickstart' },
    { name: 'a vowel is no generated character', pod: 'quickstart-es-kubemaster', cluster: null },
    { name: 'nine characters are too few', pod: 'quickstart-es-25g5k25k7', cluster: null },
    { name: 'no -es- before the random part (an EtcdCluster member)', pod: 'etcd-cluster-9wsmhlqzgp', cluster: null },
    { name: 'no name before -es-', pod: 'es-25g5k25k7w', cluster: null },
  ])('ECK before 1.0: $name', ({ pod, cluster }) => {
    expect(eckPodCluster(pod)).toBe(cluster);
  });
});

describe('per-node static pods', () => {
  test.each([
    { name: "Kubespray's nginx-proxy", pod: 'nginx-proxy-k8s-node4', ns: 'kube-system', node: 'k8s-node4' },
    { name: "OpenYurt's hub, namespace not shown", pod: 'yurt-hub-kind-worker2', ns: null, node: 'kind-worker2' },
    { name: 'kube-vip', pod: 'kube-vip-cp1', ns: 'kube-system', node: 'cp1' },
    { name: "Sealos's lvscare", pod: 'kube-sealos-lvscare-sealos002', ns: 'kube-system', node: 'sealos002' },
    { name: "Sealos 3's lvscare, named for sealyun (dl/19)", pod: 'kube-sealyun-lvscare-kube12', ns: 'kube-system', node: 'kube12' },
    { name: "a node's name of five letters with vowels", pod: 'nginx-proxy-node1', ns: 'kube-system', node: 'node1' },
    { name: "kube-vip's DaemonSet pod", pod: 'kube-vip-ds-x7k2p', ns: 'kube-system', node: null },
    { name: 'a generated five-character tail', pod: 'nginx-proxy-x7k2p', ns: 'kube-system', node: null },
    { name: 'a Deployment pod', pod: 'kube-vip-cloud-provider-7d9f8b6c5-x2k9p', ns: 'kube-system', node: null },
    { name: 'another namespace', pod: 'nginx-proxy-web', ns: 'shop', node: null },
    { name: "HyperShift's kube-apiserver-proxy on a NodePool's worker, `<pool>-<5>` (hunt br/05)", pod: 'kube-apiserver-proxy-kv-00-5rtt6', ns: 'kube-system', node: 'kv-00-5rtt6' },
    { name: 'the same on an AWS node', pod: 'kube-apiserver-proxy-ip-10-0-134-7.ec2.internal', ns: 'kube-system', node: 'ip-10-0-134-7.ec2.internal' },
    { name: 'a bare generated five after kube-apiserver-proxy- is a DaemonSet pod\'s', pod: 'kube-apiserver-proxy-x7k2p', ns: 'kube-system', node: null },
    { name: "a Deployment's pod named kube-apiserver-proxy", pod: 'kube-apiserver-proxy-7d9f8b6c5-x2k9p', ns: 'kube-system', node: null },
  ])('$name', ({ pod, ns, node }) => {
    expect(nodeStaticPodNode(pod, ns)).toBe(node);
  });
});

describe('control-plane static pods and the node they name', () => {
  test.each([
    { name: "kubeadm's static pod", pod: 'kube-apiserver-master1', node: 'master1' },
    { name: "a Deployment's pod (Karmada's)", pod: 'kube-controller-manager-bbfdb8869-hmq2v', node: null },
    { name: "a Deployment's pod with a decimal hash (bootkube, before 1.8)", pod: 'kube-controller-manager-439902065-h5ngz', node: null },
    { name: "a Deployment's pod with a decimal hash and a suffix of the older alphabet", pod: 'kube-scheduler-850181384-1bv9p', node: null },
    { name: "a CronJob's pod", pod: 'etcd-backup-27890340-2xv9k', node: null },
    { name: 'a node named with a word and a number', pod: 'etcd-k8s-206', node: 'k8s-206' },
    { name: 'a name the paste cut after the component names no node', pod: 'kube-apiserver-...', node: null },
    { name: 'nor one cut with an ellipsis character', pod: 'etcd-\u2026', node: null },
    { name: "kops's etcd-manager for the main etcd names its node, not manager-main-<node> (hunt bf/04)", pod: 'etcd-manager-main-i-0ad86f23f13499914', node: 'i-0ad86f23f13499914' },
    { name: "kops's etcd-manager for the events etcd", pod: 'etcd-manager-events-ip-10-110-12-182.us-east-2.compute.internal', node: 'ip-10-110-12-182.us-east-2.compute.internal' },
    { name: "OpenShift 4.1-4.3's etcd-member names its node, not member-<node> (hunt bl/06)", pod: 'etcd-member-master1.openshift4.ifaii.lo', node: 'master1.openshift4.ifaii.lo' },
    { name: 'the same on a node whose name ends in a number (hunt bl/30)', pod: 'etcd-member-adahiya-0-master-0', node: 'adahiya-0-master-0' },
    { name: 'etcd on a node named member-<x> stays so: only the whole etcd-member- is the pod\'s', pod: 'etcd-members1', node: 'members1' },
    { name: "HyperShift's kube-apiserver-proxy-<worker> is no API server on a node proxy-<worker> (hunt br/05)", pod: 'kube-apiserver-proxy-kv-00-5rtt6', node: null },
    { name: 'kube-apiserver on a node named proxies stays so', pod: 'kube-apiserver-proxies', node: 'proxies' },
    { name: "a ReplicaSet's pod whose generateName was cut to 58 (the etcd-operator chart's backup operator, hunt cg/02) names no node", pod: 'etcd-operator-etcd-operator-etcd-backup-operator-7978f8bc44cbvl', node: null },
    { name: 'nor its restore operator, the hash cut inside', pod: 'etcd-operator-etcd-operator-etcd-restore-operator-6d7875994wqt7', node: null },
  ])('$name', ({ pod, node }) => {
    expect(controlPlaneNode(pod)).toBe(node);
  });
  test.each([
    { name: 'etcd-member, the static pod of OpenShift 4.1-4.3, is etcd', owner: 'etcd-member', family: 'etcd' },
    { name: "etcd's own name is no other's", owner: 'etcd', family: null },
    { name: "nor kops's etcd-manager-main, which the knowledge base names", owner: 'etcd-manager-main', family: null },
  ])('staticPodFamily: $name', ({ owner, family }) => {
    expect(staticPodFamily(owner)).toBe(family);
  });
  test.each([
    { name: "an ordinal-shaped rest outside the static pods' namespaces names no node (etcd-druid's, hunt aa/14)", pod: 'etcd-main-0', ns: 'shoot--local--local', node: null },
    { name: 'the same in kube-system names one', pod: 'etcd-master-0', ns: 'kube-system', node: 'master-0' },
    { name: "the same in OpenShift's namespaces names one", pod: 'kube-apiserver-master-0', ns: 'openshift-kube-apiserver', node: 'master-0' },
    { name: 'the same with no namespace shown names one', pod: 'etcd-master-0', ns: null, node: 'master-0' },
    { name: 'a rest of another shape elsewhere still names one', pod: 'etcd-k8scp', ns: 'shop', node: 'k8scp' },
    { name: "ten generated characters (an etcd-operator member) name no node (hunt af/09)", pod: 'etcd-fbwmh625km', ns: 'mayastor', node: null },
    { name: 'nor after a cluster name (hunt af/11)', pod: 'etcd-cluster-9wsmhlqzgp', ns: 'default', node: null },
    { name: 'nor where the namespace is not shown', pod: 'etcd-cluster-9wsmhlqzgp', ns: null, node: null },
  ])('controlPlaneNodeIn: $name', ({ pod, ns, node }) => {
    expect(controlPlaneNodeIn(pod, ns)).toBe(node);
  });
  test.each([
    { name: 'a row on another node outside the static pods\' namespaces names no node', pod: 'etcd-store', ns: 'apps', shown: 'node2', node: null },
    { name: 'the same in kube-system names one', pod: 'etcd-store', ns: 'kube-system', shown: 'node2', node: 'store' },
    { name: 'the row on the node it names', pod: 'etcd-node2', ns: 'apps', shown: 'node2', node: 'node2' },
  ])('controlPlaneNodeIn with the row\'s node: $name', ({ pod, ns, shown, node }) => {
    expect(controlPlaneNodeIn(pod, ns, shown)).toBe(node);
  });
  test.each([
    { name: 'five characters of the alphabet', part: '5h22s', older: false, generated: true },
    { name: 'a 3 is outside today\'s alphabet', part: '3s476', older: false, generated: false },
    { name: 'a 3 is inside the older one', part: '3s476', older: true, generated: true },
    { name: 'vowels are in neither', part: 'node1', older: true, generated: false },
  ])('isGeneratedFive: $name', ({ part, older, generated }) => {
    expect(isGeneratedFive(part, older)).toBe(generated);
  });
});

describe('pods vCluster synced to its host', () => {
  test.each([
    { name: "a Deployment's pod", pod: 'coredns-56bfc489cf-gtfkj-x-kube-system-x-my-first-vcluster', synced: { pod: 'coredns-56bfc489cf-gtfkj', namespace: 'kube-system', vcluster: 'my-first-vcluster' } },
    { name: 'a vCluster whose name ends in a number', pod: 'coredns-cb89b564-fj6nx-x-kube-system-x-vcluster-1', synced: { pod: 'coredns-cb89b564-fj6nx', namespace: 'kube-system', vcluster: 'vcluster-1' } },
    { name: "the docs' bare pod", pod: 'test-x-my-namespace-x-my-vcluster', synced: { pod: 'test', namespace: 'my-namespace', vcluster: 'my-vcluster' } },
    { name: 'one -x- only', pod: 'web-x-default', synced: null },
    { name: 'no pod before the namespace', pod: '-x-default-x-vc', synced: null },
    { name: 'no vCluster after the namespace', pod: 'web-x-default-x-', synced: null },
    { name: 'a namespace that is no DNS label', pod: 'web-x-de.fault-x-vc', synced: null },
    { name: 'a plain name', pod: 'coredns-66bff467f8-4j4lj', synced: null },
    { name: 'cut by vCluster after the namespace (the vCluster name gone)', pod: 'tenant-a-customer-api-897db9d68-r5rq8-x-tenant-a-x-v-e3aec378ea', synced: { pod: 'tenant-a-customer-api-897db9d68-r5rq8', namespace: 'tenant-a', vcluster: null } },
    { name: 'cut by vCluster right after the namespace\'s -x-', pod: 'tenant-a-customer-web-5fcdf6ccb5-bnl5w-x-tenant-a-x--c97081183e', synced: { pod: 'tenant-a-customer-web-5fcdf6ccb5-bnl5w', namespace: 'tenant-a', vcluster: null } },
    { name: 'cut by vCluster in the namespace', pod: 'arch-test-predictor-84767dffdc-bgcmh-x-applications--c77b6caaae', synced: { pod: 'arch-test-predictor-84767dffdc-bgcmh', namespace: null, vcluster: null } },
    { name: 'cut by vCluster at the first -x-, its last dash the cut\'s', pod: 'payments-reconciliation-worker-eu1-7d4f8b9c5-bcdfg-x-c77b6caaae', synced: { pod: 'payments-reconciliation-worker-eu1-7d4f8b9c5-bcdfg', namespace: null, vcluster: null } },
    { name: 'cut by vCluster before any -x-', pod: 'rke2-control-plane-controller-manager-7f6559b6bd-plw-b5d3f978b8', synced: null },
    { name: 'a 63-character name with -x- and no cut hash', pod: 'payments-reconciliation-worker-eu1-7d4f8b9c5-bcdfg-x-c77b6caaaz', synced: null },
  ])('$name', ({ pod, synced }) => {
    expect(syncedName(pod)).toEqual(synced);
  });
});

describe('replicaSetDeployment', () => {
  test.each([
    { name: "a Deployment's ReplicaSet", rs: 'coredns-8476d449d8', deployment: 'coredns' },
    { name: 'a hash of 9 characters', rs: 'calico-kube-controllers-99c9b6f64', deployment: 'calico-kube-controllers' },
    { name: 'a decimal hash (before Kubernetes 1.8)', rs: 'kube-dns-v20-1485703853', deployment: 'kube-dns-v20' },
    { name: 'a ReplicaSet made by hand', rs: 'frontend', deployment: null },
    { name: 'a word at the end is no hash', rs: 'web-frontend', deployment: null },
    { name: 'six digits are a time, no hash', rs: 'report-152335', deployment: null },
  ])('$name', ({ rs, deployment }) => {
    expect(replicaSetDeployment(rs)).toBe(deployment);
  });
});

describe("describedOwner: describe's Controlled By in the model's kinds", () => {
  const fast = { nodes: new Set<string>(), nodeIndex: null, fiveBaseNodes: new Map<string, number>(), deploymentConfigs: new Set<string>(), listed: new Map(), match: () => undefined, workload: (kind: never, name: string, confidence: never) => ({ kind, name, confidence }) };
  const low = (kind: string, name: string) => ({ kind, name, confidence: 'low' }) as never;
  test.each([
    { name: 'a ReplicaSet with a hash: its Deployment', kind: 'ReplicaSet', owner: 'web-7d4b9c8f6d', pod: 'web-7d4b9c8f6d-x7k2p', guess: low('Deployment', 'web'), expected: 'Deployment/web' },
    { name: 'a bare ReplicaSet', kind: 'ReplicaSet', owner: 'frontend', pod: 'frontend-x7k2p', guess: low('DaemonSet', 'frontend'), expected: 'ReplicaSet/frontend' },
    { name: "an Argo Workflow's one-step pod (ab/22)", kind: 'Workflow', owner: 'hello-world-xr5lw', pod: 'hello-world-xr5lw', guess: low('DaemonSet', 'hello-world'), expected: 'Workflow/hello-world-xr5lw' },
    { name: "a node's mirror pod: a static pod", kind: 'Node', owner: 'node1', pod: 'kube-scheduler-node1', guess: low('Pod', 'kube-scheduler-node1'), expected: 'StaticPod/kube-scheduler' },
    { name: "a CronJob's run stays the CronJob's", kind: 'Job', owner: 'backup-29400000', pod: 'backup-29400000-x7k2p', guess: low('CronJob', 'backup'), expected: 'CronJob/backup' },
    { name: 'a Job of its own', kind: 'Job', owner: 'migrate', pod: 'migrate-x7k2p', guess: low('DaemonSet', 'migrate'), expected: 'Job/migrate' },
    { name: "a DeploymentConfig's revision stays the DeploymentConfig's", kind: 'ReplicationController', owner: 'router-1', pod: 'router-1-x7k2p', guess: { kind: 'DeploymentConfig', name: 'router', confidence: 'medium' } as never, expected: 'DeploymentConfig/router' },
    { name: "older kubectl's Controllers: <none>: a bare pod", kind: 'Pod', owner: null, pod: 'debug', guess: low('Pod', 'debug'), expected: 'Pod/debug' },
    { name: "older kubectl's Controllers: <none> of a static pod's mirror, named <name>-<node> (dj/03)", kind: 'Pod', owner: null, pod: 'fluentd-elasticsearch-e2e-test-mml-minion-siao', guess: { kind: 'StaticPod', name: 'fluentd-elasticsearch', confidence: 'high' } as never, expected: 'StaticPod/fluentd-elasticsearch' },
  ])('$name', ({ kind, owner, pod, guess, expected }) => {
    const w = describedOwner(kind, owner, pod, guess, fast as never);
    expect(w === null ? null : `${w.kind}/${w.name}/${w.confidence}`).toBe(`${expected}/high`);
  });
  test.each([
    { name: "an RC named <dc>-<n> whose pod carries deploymentconfig=<dc>: the DeploymentConfig's (ej/08)", owner: 'myservice-1', pod: 'myservice-1-sbb7b', dc: 'myservice', expected: 'DeploymentConfig/myservice' },
    { name: 'a label naming another DeploymentConfig than the RC is named after: the RC stays', owner: 'web-1', pod: 'web-1-x7k2p', dc: 'api', expected: 'ReplicationController/web-1' },
    { name: 'an RC not named <dc>-<number>: the RC stays', owner: 'web-canary', pod: 'web-canary-x7k2p', dc: 'web', expected: 'ReplicationController/web-canary' },
  ])('$name', ({ owner, pod, dc, expected }) => {
    const w = describedOwner('ReplicationController', owner, pod, low('ReplicationController', owner), fast as never, dc);
    expect(w === null ? null : `${w.kind}/${w.name}/${w.confidence}`).toBe(`${expected}/high`);
  });
  test("a kind the model does not know (Kubeflow's Notebook) leaves the guess", () => {
    expect(describedOwner('Notebook', 'lab', 'lab-0', low('StatefulSet', 'lab'), fast as never)).toBeNull();
  });
  test("ARC's EphemeralRunner, a kind the model knows since ex/09, is said as it is", () => {
    const w = describedOwner('EphemeralRunner', 'mis-r4pfg-runner-rxkjl', 'mis-r4pfg-runner-rxkjl', low('DaemonSet', 'mis-r4pfg-runner'), fast as never);
    expect(w === null ? null : `${w.kind}/${w.name}/${w.confidence}`).toBe('EphemeralRunner/mis-r4pfg-runner-rxkjl/high');
  });
});
