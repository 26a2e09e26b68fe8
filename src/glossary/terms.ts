/**
 * The guide's glossary: ONE source for the glossary page (Glossary.astro) and the inline <Term> links
 * (Term.astro). Each entry carries its term and a one- or two-sentence definition in both languages and
 * the kubernetes.io page it rests on. `docsKo` is set only where a Korean translation of that page exists.
 *
 * Pure data + two tiny helpers: no DOM, no Astro, no Node API.
 */
import type { Lang } from '../kubectl/model.ts';

export interface TermText {
  /** How the term is written in that language, e.g. "데몬셋 (DaemonSet)". */
  term: string;
  /** One or two sentences, plain text (it is also the tooltip). */
  short: string;
}

export interface GlossaryTerm {
  /** kebab-case, used as the anchor: glossary/#daemonset */
  id: string;
  ko: TermText;
  en: TermText;
  /** The English kubernetes.io page (https://kubernetes.io/docs/...). */
  docs: string;
  /** The Korean kubernetes.io page, where one exists (https://kubernetes.io/ko/docs/...). */
  docsKo?: string;
}

const K = 'https://kubernetes.io/docs/';
const KO = 'https://kubernetes.io/ko/docs/';

export const TERMS: readonly GlossaryTerm[] = [
  {
    id: 'control-plane',
    ko: {
      term: '컨트롤 플레인 (control plane)',
      short: '클러스터 전체를 결정하고 관리하는 구성 요소의 묶음으로, API 서버, etcd, 스케줄러, 컨트롤러 매니저가 여기에 속합니다. 예전 문서의 "마스터"와 같은 말입니다.',
    },
    en: {
      term: 'Control plane',
      short: 'The components that make cluster-wide decisions and hold its state: the API server, etcd, the scheduler and the controller managers. Older material calls it the "master".',
    },
    docs: `${K}concepts/overview/components/#control-plane-components`,
    docsKo: `${KO}concepts/overview/components/`,
  },
  {
    id: 'node',
    ko: {
      term: '노드 (Node)',
      short: '파드가 실행되는 머신(가상 머신 또는 물리 서버)입니다. 각 노드에서는 kubelet과 컨테이너 런타임, 보통 kube-proxy가 동작합니다.',
    },
    en: {
      term: 'Node',
      short: 'A machine, virtual or physical, that runs pods. Every node runs a kubelet and a container runtime, and usually kube-proxy.',
    },
    docs: `${K}concepts/architecture/nodes/`,
    docsKo: `${KO}concepts/architecture/nodes/`,
  },
  {
    id: 'worker-node',
    ko: {
      term: '워커 노드 (worker node)',
      short: '컨트롤 플레인 구성 요소 없이 사용자의 워크로드를 실행하는 노드입니다. 공식 용어는 그냥 "노드"이며, 컨트롤 플레인 노드와 구별할 때 흔히 이렇게 부릅니다.',
    },
    en: {
      term: 'Worker node',
      short: 'A node that runs your workloads but no control-plane components. Kubernetes itself just says "node"; "worker" is the everyday word for telling it apart from a control-plane node.',
    },
    docs: `${K}concepts/overview/components/#node-components`,
    docsKo: `${KO}concepts/overview/components/`,
  },
  {
    id: 'pod',
    ko: {
      term: '파드 (Pod)',
      short: '쿠버네티스가 배포하고 스케줄하는 가장 작은 단위로, 네트워크(IP 하나)와 볼륨을 함께 쓰는 하나 이상의 컨테이너 묶음입니다.',
    },
    en: {
      term: 'Pod',
      short: 'The smallest unit Kubernetes deploys and schedules: one or more containers that share a network identity (one IP address) and volumes.',
    },
    docs: `${K}concepts/workloads/pods/`,
    docsKo: `${KO}concepts/workloads/pods/`,
  },
  {
    id: 'static-pod',
    ko: {
      term: '스태틱 파드 (static pod)',
      short: 'API 서버를 거치지 않고 특정 노드의 kubelet이 로컬 디렉터리(kubeadm에서는 /etc/kubernetes/manifests)의 매니페스트를 읽어 직접 실행하는 파드입니다. kubeadm은 컨트롤 플레인 구성 요소를 이렇게 띄웁니다.',
    },
    en: {
      term: 'Static pod',
      short: 'A pod the kubelet on one node runs straight from a manifest in a local directory (/etc/kubernetes/manifests with kubeadm), without the API server. kubeadm runs the control plane this way.',
    },
    docs: `${K}tasks/configure-pod-container/static-pod/`,
  },
  {
    id: 'mirror-pod',
    ko: {
      term: '미러 파드 (mirror pod)',
      short: 'kubelet이 스태틱 파드마다 API 서버에 만들어 두는 읽기 전용 사본입니다. 그래서 kubectl get pods에 etcd-m-k8s처럼 노드 이름이 붙은 파드가 보이지만, 이것을 지워도 실제 파드는 멈추지 않습니다.',
    },
    en: {
      term: 'Mirror pod',
      short: 'The read-only copy of a static pod that the kubelet publishes to the API server. It is why kubectl get pods lists etcd-m-k8s; deleting it does not stop the real pod.',
    },
    docs: `${K}reference/glossary/?all=true#term-mirror-pod`,
  },
  {
    id: 'container',
    ko: {
      term: '컨테이너 (container)',
      short: '이미지에서 만들어져 격리된 채로 실행되는 프로세스(와 그 파일 시스템)입니다. 쿠버네티스에서 컨테이너는 항상 파드 안에서 실행됩니다.',
    },
    en: {
      term: 'Container',
      short: 'An isolated process, with its own filesystem, started from an image. In Kubernetes a container always runs inside a pod.',
    },
    docs: `${K}concepts/containers/`,
    docsKo: `${KO}concepts/containers/`,
  },
  {
    id: 'init-container',
    ko: {
      term: '초기화 컨테이너 (init container)',
      short: '앱 컨테이너보다 먼저, 하나씩 차례로 실행되어 성공적으로 끝나야 하는 컨테이너입니다. 실행 중일 때 STATUS는 Init:0/2처럼 보입니다.',
    },
    en: {
      term: 'Init container',
      short: 'A container that runs to completion before the app containers start, one at a time and in order. While they run, STATUS reads like Init:0/2.',
    },
    docs: `${K}concepts/workloads/pods/init-containers/`,
    docsKo: `${KO}concepts/workloads/pods/init-containers/`,
  },
  {
    id: 'sidecar-container',
    ko: {
      term: '사이드카 컨테이너 (sidecar container)',
      short: '앱 컨테이너 곁에서 로그 전송, 프록시 같은 보조 일을 하는 컨테이너입니다. 쿠버네티스 1.29부터 restartPolicy: Always를 준 초기화 컨테이너로 정의하며, 파드가 끝날 때까지 계속 실행됩니다.',
    },
    en: {
      term: 'Sidecar container',
      short: 'A helper container (log shipper, proxy) that runs alongside the app. Since Kubernetes 1.29 it is declared as an init container with restartPolicy: Always and keeps running for the life of the pod.',
    },
    docs: `${K}concepts/workloads/pods/sidecar-containers/`,
    docsKo: `${KO}concepts/workloads/pods/sidecar-containers/`,
  },
  {
    id: 'daemonset',
    ko: {
      term: '데몬셋 (DaemonSet)',
      short: '조건에 맞는 모든 노드(또는 일부 노드)에 파드를 하나씩 실행하는 워크로드입니다. kube-proxy와 calico-node가 데몬셋으로 실행됩니다.',
    },
    en: {
      term: 'DaemonSet',
      short: 'A workload that runs one copy of a pod on every node, or on every node that matches. kube-proxy and calico-node run as DaemonSets.',
    },
    docs: `${K}concepts/workloads/controllers/daemonset/`,
    docsKo: `${KO}concepts/workloads/controllers/daemonset/`,
  },
  {
    id: 'deployment',
    ko: {
      term: '디플로이먼트 (Deployment)',
      short: '상태가 없는 애플리케이션을 위한 워크로드로, 레플리카셋을 만들어 원하는 수의 파드를 유지하고 롤링 업데이트와 롤백을 맡습니다.',
    },
    en: {
      term: 'Deployment',
      short: 'The workload for stateless applications: it manages ReplicaSets to keep the desired number of pods and handles rolling updates and rollbacks.',
    },
    docs: `${K}concepts/workloads/controllers/deployment/`,
    docsKo: `${KO}concepts/workloads/controllers/deployment/`,
  },
  {
    id: 'replicaset',
    ko: {
      term: '레플리카셋 (ReplicaSet)',
      short: '지정한 수의 동일한 파드가 항상 실행되도록 하는 오브젝트입니다. 보통 직접 만들지 않고 디플로이먼트가 만들며, 파드 이름 가운데의 해시(web-7c9d8b5f4-…)가 레플리카셋을 가리킵니다.',
    },
    en: {
      term: 'ReplicaSet',
      short: 'Keeps a given number of identical pods running. You rarely create one yourself: a Deployment does, and the hash in the middle of a pod name (web-7c9d8b5f4-…) names the ReplicaSet.',
    },
    docs: `${K}concepts/workloads/controllers/replicaset/`,
    docsKo: `${KO}concepts/workloads/controllers/replicaset/`,
  },
  {
    id: 'statefulset',
    ko: {
      term: '스테이트풀셋 (StatefulSet)',
      short: '파드마다 고정된 이름(db-0, db-1)과 자기 스토리지를 주는 워크로드로, 데이터베이스처럼 상태를 가진 애플리케이션에 씁니다.',
    },
    en: {
      term: 'StatefulSet',
      short: 'A workload that gives each pod a stable name (db-0, db-1) and its own storage, for stateful applications such as databases.',
    },
    docs: `${K}concepts/workloads/controllers/statefulset/`,
    docsKo: `${KO}concepts/workloads/controllers/statefulset/`,
  },
  {
    id: 'job',
    ko: {
      term: '잡 (Job)',
      short: '하나 이상의 파드를 실행해 지정한 횟수만큼 성공적으로 끝나면 완료되는 워크로드입니다. 끝난 파드의 STATUS는 Completed로 보입니다.',
    },
    en: {
      term: 'Job',
      short: 'A workload that runs pods until a set number of them finish successfully. Its finished pods show STATUS Completed.',
    },
    docs: `${K}concepts/workloads/controllers/job/`,
    docsKo: `${KO}concepts/workloads/controllers/job/`,
  },
  {
    id: 'cronjob',
    ko: {
      term: '크론잡 (CronJob)',
      short: '크론 형식의 일정에 따라 잡을 만들어 주는 워크로드입니다.',
    },
    en: {
      term: 'CronJob',
      short: 'A workload that creates Jobs on a cron-style schedule.',
    },
    docs: `${K}concepts/workloads/controllers/cron-jobs/`,
    docsKo: `${KO}concepts/workloads/controllers/cron-jobs/`,
  },
  {
    id: 'namespace',
    ko: {
      term: '네임스페이스 (namespace)',
      short: '한 클러스터 안에서 오브젝트 이름과 권한을 나누는 범위입니다. 시스템 구성 요소는 kube-system 네임스페이스에 있습니다.',
    },
    en: {
      term: 'Namespace',
      short: 'A scope that partitions object names and permissions inside one cluster. System components live in the kube-system namespace.',
    },
    docs: `${K}concepts/overview/working-with-objects/namespaces/`,
    docsKo: `${KO}concepts/overview/working-with-objects/namespaces/`,
  },
  {
    id: 'label',
    ko: {
      term: '레이블 (label)',
      short: '오브젝트에 붙이는 키-값 쌍(app=web 같은)으로, 셀렉터가 오브젝트를 고르는 기준이 됩니다.',
    },
    en: {
      term: 'Label',
      short: 'A key/value pair attached to an object (such as app=web); selectors pick objects by their labels.',
    },
    docs: `${K}concepts/overview/working-with-objects/labels/`,
    docsKo: `${KO}concepts/overview/working-with-objects/labels/`,
  },
  {
    id: 'selector',
    ko: {
      term: '셀렉터 (selector)',
      short: '레이블로 오브젝트 집합을 고르는 조건입니다. 서비스는 셀렉터로 트래픽을 보낼 파드를, 레플리카셋은 자기가 관리할 파드를 찾습니다.',
    },
    en: {
      term: 'Selector',
      short: 'A condition on labels that picks a set of objects. A Service finds the pods to send traffic to with one; a ReplicaSet finds the pods it owns.',
    },
    docs: `${K}concepts/overview/working-with-objects/labels/#label-selectors`,
    docsKo: `${KO}concepts/overview/working-with-objects/labels/`,
  },
  {
    id: 'service',
    ko: {
      term: '서비스 (Service)',
      short: '바뀌는 파드 집합 앞에 고정된 이름과 가상 IP를 두어 트래픽을 나눠 주는 오브젝트입니다. 어떤 파드로 보낼지는 셀렉터와 엔드포인트슬라이스가 정합니다.',
    },
    en: {
      term: 'Service',
      short: 'Puts a stable name and virtual IP in front of a changing set of pods and spreads traffic over them. A selector and EndpointSlices decide which pods.',
    },
    docs: `${K}concepts/services-networking/service/`,
    docsKo: `${KO}concepts/services-networking/service/`,
  },
  {
    id: 'clusterip',
    ko: {
      term: '클러스터IP (ClusterIP)',
      short: '서비스의 기본 유형으로, 클러스터 안에서만 닿는 가상 IP를 받습니다. 이 IP는 어느 인터페이스에도 없고 kube-proxy가 만든 규칙으로만 존재합니다.',
    },
    en: {
      term: 'ClusterIP',
      short: 'The default Service type: a virtual IP reachable only inside the cluster. No interface holds it; it exists only as the rules kube-proxy writes.',
    },
    docs: `${K}concepts/services-networking/service/#type-clusterip`,
  },
  {
    id: 'nodeport',
    ko: {
      term: '노드포트 (NodePort)',
      short: '모든 노드의 같은 포트(기본 30000-32767 범위)를 열어 클러스터 밖에서 서비스에 닿게 하는 서비스 유형입니다.',
    },
    en: {
      term: 'NodePort',
      short: 'A Service type that opens the same port (30000-32767 by default) on every node so the Service can be reached from outside the cluster.',
    },
    docs: `${K}concepts/services-networking/service/#type-nodeport`,
  },
  {
    id: 'endpointslice',
    ko: {
      term: '엔드포인트 / 엔드포인트슬라이스 (Endpoints / EndpointSlice)',
      short: '서비스 뒤에 있는 파드들의 IP와 포트, 그리고 각 엔드포인트가 준비(ready)되었는지를 담은 목록입니다. 컨트롤 플레인이 셀렉터에 맞는 파드로 채우고 kube-proxy가 읽습니다. 예전 Endpoints API는 v1.33부터 사용 중단(deprecated)되었습니다.',
    },
    en: {
      term: 'Endpoints / EndpointSlice',
      short: 'The list of pod IPs and ports behind a Service, with whether each endpoint is ready. The control plane fills it from the selector; kube-proxy reads it. The older Endpoints API is deprecated since v1.33.',
    },
    docs: `${K}concepts/services-networking/endpoint-slices/`,
  },
  {
    id: 'cni',
    ko: {
      term: 'CNI (Container Network Interface)',
      short: '파드에 네트워크 인터페이스와 IP를 붙여 주는 플러그인의 표준 규격입니다. 컨테이너 런타임이 파드를 만들 때 CNI 플러그인(실습 환경에서는 Calico)을 호출합니다.',
    },
    en: {
      term: 'CNI (Container Network Interface)',
      short: 'The standard for plugins that give a pod its network interface and IP address. The container runtime calls the CNI plugin (Calico in the lab) when it sets up a pod.',
    },
    docs: `${K}concepts/extend-kubernetes/compute-storage-net/network-plugins/`,
  },
  {
    id: 'cri',
    ko: {
      term: 'CRI (Container Runtime Interface)',
      short: 'kubelet이 컨테이너 런타임(containerd, CRI-O)에게 파드 샌드박스와 컨테이너를 만들고 멈추라고 요청하는 gRPC 규격입니다.',
    },
    en: {
      term: 'CRI (Container Runtime Interface)',
      short: 'The gRPC API the kubelet uses to ask a container runtime (containerd, CRI-O) to create and stop pod sandboxes and containers.',
    },
    docs: `${K}concepts/architecture/cri/`,
  },
  {
    id: 'oci',
    ko: {
      term: 'OCI (Open Container Initiative)',
      short: '컨테이너 이미지 형식과 런타임 동작을 정한 표준입니다. runc 같은 OCI 런타임이 실제로 리눅스 컨테이너를 만듭니다.',
    },
    en: {
      term: 'OCI (Open Container Initiative)',
      short: 'The standards for container image formats and runtime behaviour. An OCI runtime such as runc is what finally creates the Linux container.',
    },
    docs: `${K}setup/production-environment/container-runtimes/`,
  },
  {
    id: 'container-runtime',
    ko: {
      term: '컨테이너 런타임 (container runtime)',
      short: '노드에서 이미지를 받고 컨테이너를 실행하는 소프트웨어로, containerd나 CRI-O가 대표적입니다. kubelet은 CRI로 런타임에 지시합니다. 도커 엔진은 v1.24부터 직접 지원되지 않습니다.',
    },
    en: {
      term: 'Container runtime',
      short: 'The software on a node that pulls images and runs containers, typically containerd or CRI-O. The kubelet drives it over the CRI; Docker Engine is no longer supported directly since v1.24.',
    },
    docs: `${K}setup/production-environment/container-runtimes/`,
    docsKo: `${KO}setup/production-environment/container-runtimes/`,
  },
  {
    id: 'kubelet',
    ko: {
      term: 'kubelet',
      short: '각 노드에서 실행되는 에이전트로, 그 노드에 배정된 파드의 컨테이너를 컨테이너 런타임을 통해 실행하고 프로브를 돌리며 상태를 API 서버에 보고합니다. 파드가 아니라 호스트의 서비스(systemd)로 실행됩니다.',
    },
    en: {
      term: 'kubelet',
      short: 'The agent on every node: it runs the containers of the pods bound to its node through the container runtime, runs their probes and reports their status to the API server. It runs as a host service (systemd), not as a pod.',
    },
    docs: `${K}reference/command-line-tools-reference/kubelet/`,
  },
  {
    id: 'kube-proxy',
    ko: {
      term: 'kube-proxy',
      short: '각 노드에서 서비스와 엔드포인트슬라이스를 지켜보며, 서비스 IP로 가는 패킷이 파드로 가도록 iptables, IPVS 또는 nftables 규칙을 만드는 구성 요소입니다. 패킷을 직접 중계하지는 않습니다.',
    },
    en: {
      term: 'kube-proxy',
      short: 'Watches Services and EndpointSlices on every node and writes iptables, IPVS or nftables rules so that traffic to a Service IP reaches a pod. It does not relay the packets itself.',
    },
    docs: `${K}reference/command-line-tools-reference/kube-proxy/`,
  },
  {
    id: 'coredns',
    ko: {
      term: 'CoreDNS',
      short: '클러스터 DNS 서버로, web.default.svc.cluster.local 같은 서비스 이름을 서비스의 클러스터IP로 풀어 줍니다. kube-system의 디플로이먼트로 실행됩니다.',
    },
    en: {
      term: 'CoreDNS',
      short: 'The cluster DNS server: it resolves Service names such as web.default.svc.cluster.local to the Service\'s ClusterIP. It runs as a Deployment in kube-system.',
    },
    docs: `${K}concepts/services-networking/dns-pod-service/`,
    docsKo: `${KO}concepts/services-networking/dns-pod-service/`,
  },
  {
    id: 'etcd',
    ko: {
      term: 'etcd',
      short: '클러스터의 모든 오브젝트를 저장하는 분산 키-값 저장소입니다. API 서버만 etcd와 직접 통신합니다.',
    },
    en: {
      term: 'etcd',
      short: 'The distributed key/value store that holds every object in the cluster. Only the API server talks to it directly.',
    },
    docs: `${K}tasks/administer-cluster/configure-upgrade-etcd/`,
  },
  {
    id: 'kube-apiserver',
    ko: {
      term: 'API 서버 (kube-apiserver)',
      short: '쿠버네티스 API를 제공하는 컨트롤 플레인의 관문입니다. 모든 요청을 인증, 인가, 어드미션 검사한 뒤 etcd에 저장하고, 다른 구성 요소는 모두 API 서버를 통해서만 상태를 읽고 씁니다.',
    },
    en: {
      term: 'API server (kube-apiserver)',
      short: 'The front door of the control plane. It authenticates, authorises and admits every request, stores the result in etcd, and every other component reads and writes state through it.',
    },
    docs: `${K}reference/command-line-tools-reference/kube-apiserver/`,
  },
  {
    id: 'kube-scheduler',
    ko: {
      term: '스케줄러 (kube-scheduler)',
      short: '노드가 정해지지 않은 파드마다 조건에 맞는 노드를 거르고(filter) 점수를 매겨(score) 하나를 고른 뒤, API 서버에 바인딩을 요청합니다.',
    },
    en: {
      term: 'Scheduler (kube-scheduler)',
      short: 'For each pod without a node, it filters out nodes that cannot run it, scores the rest, picks one and asks the API server to bind the pod there.',
    },
    docs: `${K}concepts/scheduling-eviction/kube-scheduler/`,
    docsKo: `${KO}concepts/scheduling-eviction/kube-scheduler/`,
  },
  {
    id: 'kube-controller-manager',
    ko: {
      term: '컨트롤러 매니저 (kube-controller-manager)',
      short: '디플로이먼트, 레플리카셋, 노드, 엔드포인트슬라이스 컨트롤러 등 기본 컨트롤러들을 한 프로세스에 묶어 실행하는 컨트롤 플레인 구성 요소입니다.',
    },
    en: {
      term: 'Controller manager (kube-controller-manager)',
      short: 'The control-plane component that runs the built-in controllers (Deployment, ReplicaSet, node lifecycle, EndpointSlice and more) in a single process.',
    },
    docs: `${K}reference/command-line-tools-reference/kube-controller-manager/`,
  },
  {
    id: 'cloud-controller-manager',
    ko: {
      term: '클라우드 컨트롤러 매니저 (cloud-controller-manager)',
      short: '클라우드 제공자의 API와 연동하는 컨트롤러(노드, 라우트, 로드밸런서 서비스)를 실행하는 구성 요소입니다. 실습 환경 같은 온프레미스 클러스터에는 없습니다.',
    },
    en: {
      term: 'cloud-controller-manager',
      short: 'Runs the controllers that talk to a cloud provider\'s API (nodes, routes, load-balancer Services). On-premises clusters such as the lab have none.',
    },
    docs: `${K}concepts/architecture/cloud-controller/`,
    docsKo: `${KO}concepts/architecture/cloud-controller/`,
  },
  {
    id: 'controller',
    ko: {
      term: '컨트롤러 (controller)',
      short: 'API 서버를 지켜보다가 실제 상태를 원하는 상태(spec)에 가깝게 만드는 제어 루프입니다. 레플리카셋 컨트롤러는 파드 수가 모자라면 파드를 만듭니다.',
    },
    en: {
      term: 'Controller',
      short: 'A control loop that watches the API server and moves the actual state towards the desired state (the spec). The ReplicaSet controller creates pods when there are too few.',
    },
    docs: `${K}concepts/architecture/controller/`,
    docsKo: `${KO}concepts/architecture/controller/`,
  },
  {
    id: 'reconciliation',
    ko: {
      term: '조정 (reconciliation)',
      short: '컨트롤러가 원하는 상태와 실제 상태를 비교해 차이를 없애는 일을 끝없이 되풀이하는 방식입니다. 그래서 쿠버네티스에는 "한 번 실행하고 끝"인 명령이 거의 없습니다.',
    },
    en: {
      term: 'Reconciliation',
      short: 'What a controller does over and over: compare desired and actual state and act to close the gap. It is why almost nothing in Kubernetes is a one-shot command.',
    },
    docs: `${K}concepts/architecture/controller/#desired-versus-current-state`,
    docsKo: `${KO}concepts/architecture/controller/`,
  },
  {
    id: 'admission-controller',
    ko: {
      term: '어드미션 컨트롤러 (admission controller)',
      short: '인증과 인가를 통과한 요청을 저장 직전에 고치거나(mutating) 거부하는(validating) API 서버 안의 단계입니다. 기본 톨러레이션 추가, 리소스 쿼터 검사 등이 여기서 일어납니다.',
    },
    en: {
      term: 'Admission controller',
      short: 'A step inside the API server that may change (mutating) or reject (validating) a request after authentication and authorisation, just before it is stored: default tolerations, quota checks and so on.',
    },
    docs: `${K}reference/access-authn-authz/admission-controllers/`,
  },
  {
    id: 'rbac',
    ko: {
      term: 'RBAC (역할 기반 접근 제어)',
      short: 'Role/ClusterRole로 허용할 동작을 정의하고 RoleBinding/ClusterRoleBinding으로 사용자나 서비스 어카운트에 연결하는 인가 방식입니다.',
    },
    en: {
      term: 'RBAC (role-based access control)',
      short: 'The authorisation mode where Roles and ClusterRoles list allowed actions and RoleBindings and ClusterRoleBindings grant them to users or service accounts.',
    },
    docs: `${K}reference/access-authn-authz/rbac/`,
  },
  {
    id: 'kubeconfig',
    ko: {
      term: 'kubeconfig',
      short: 'kubectl이 어느 클러스터의 API 서버에 어떤 자격 증명으로 접속할지 적어 둔 파일입니다. 기본 위치는 ~/.kube/config입니다.',
    },
    en: {
      term: 'kubeconfig',
      short: 'The file that tells kubectl which cluster\'s API server to reach and with which credentials; ~/.kube/config by default.',
    },
    docs: `${K}concepts/configuration/organize-cluster-access-kubeconfig/`,
  },
  {
    id: 'kubectl',
    ko: {
      term: 'kubectl',
      short: '쿠버네티스 API 서버와 통신하는 명령줄 도구입니다. 모든 명령은 결국 API 요청입니다.',
    },
    en: {
      term: 'kubectl',
      short: 'The command-line client for the Kubernetes API server. Every command ends up as an API request.',
    },
    docs: `${K}reference/kubectl/`,
  },
  {
    id: 'kubeadm',
    ko: {
      term: 'kubeadm',
      short: '클러스터를 초기화(kubeadm init)하고 노드를 합류(kubeadm join)시키는 설치 도구입니다. 컨트롤 플레인을 스태틱 파드로 띄우며, 실습 환경도 kubeadm으로 만들었습니다.',
    },
    en: {
      term: 'kubeadm',
      short: 'The tool that bootstraps a cluster (kubeadm init) and joins nodes to it (kubeadm join). It runs the control plane as static pods; the lab was built with it.',
    },
    docs: `${K}reference/setup-tools/kubeadm/`,
  },
  {
    id: 'taint',
    ko: {
      term: '테인트 (taint)',
      short: '노드에 붙여 "이 노드를 꺼리는" 표시로, 맞는 톨러레이션이 없는 파드는 그 노드에 스케줄되지 않거나(NoSchedule) 쫓겨납니다(NoExecute).',
    },
    en: {
      term: 'Taint',
      short: 'A mark on a node that repels pods: pods without a matching toleration are not scheduled there (NoSchedule) or are evicted (NoExecute).',
    },
    docs: `${K}concepts/scheduling-eviction/taint-and-toleration/`,
    docsKo: `${KO}concepts/scheduling-eviction/taint-and-toleration/`,
  },
  {
    id: 'toleration',
    ko: {
      term: '톨러레이션 (toleration)',
      short: '파드에 붙여 특정 테인트를 견디게 하는 설정입니다. tolerationSeconds를 주면 NoExecute 테인트가 생긴 뒤 그 시간만큼만 노드에 머뭅니다.',
    },
    en: {
      term: 'Toleration',
      short: 'A setting on a pod that lets it put up with a given taint. With tolerationSeconds it stays on a node for only that long after a NoExecute taint appears.',
    },
    docs: `${K}concepts/scheduling-eviction/taint-and-toleration/`,
    docsKo: `${KO}concepts/scheduling-eviction/taint-and-toleration/`,
  },
  {
    id: 'probe',
    ko: {
      term: '프로브 (probe)',
      short: 'kubelet이 컨테이너에 주기적으로 하는 진단(HTTP 요청, TCP 연결, 명령 실행, gRPC)입니다. startup 프로브는 기동 완료를, readiness 프로브는 트래픽을 받을 준비를, liveness 프로브는 재시작이 필요한지를 판단합니다.',
    },
    en: {
      term: 'Probe',
      short: 'A periodic check the kubelet runs against a container (HTTP request, TCP connect, command, gRPC). Startup probes gate start-up, readiness probes gate traffic, liveness probes trigger restarts.',
    },
    docs: `${K}concepts/workloads/pods/pod-lifecycle/#container-probes`,
  },
  {
    id: 'pod-phase',
    ko: {
      term: '파드 단계 (pod phase)',
      short: '파드의 status.phase 필드로, Pending, Running, Succeeded, Failed, Unknown 다섯 값 중 하나입니다. kubectl의 STATUS 열과는 다릅니다.',
    },
    en: {
      term: 'Pod phase',
      short: 'The status.phase field of a pod: one of Pending, Running, Succeeded, Failed or Unknown. It is not the STATUS column kubectl prints.',
    },
    docs: `${K}concepts/workloads/pods/pod-lifecycle/#pod-phase`,
  },
  {
    id: 'pod-condition',
    ko: {
      term: '파드 컨디션 (pod condition)',
      short: '파드 상태에 들어 있는 참/거짓 표시들로, PodScheduled, PodReadyToStartContainers, Initialized, ContainersReady, Ready가 있습니다. Ready가 참이어야 서비스 트래픽을 받습니다.',
    },
    en: {
      term: 'Pod condition',
      short: 'True/false flags in a pod\'s status: PodScheduled, PodReadyToStartContainers, Initialized, ContainersReady and Ready. Only a Ready pod receives Service traffic.',
    },
    docs: `${K}concepts/workloads/pods/pod-lifecycle/#pod-conditions`,
  },
  {
    id: 'status-column',
    ko: {
      term: 'STATUS 열 (STATUS column)',
      short: 'kubectl get pods가 보여 주는 요약 문자열로, 파드 단계와 파드 사유, 컨테이너 상태, 삭제 여부를 섞어 만든 표시용 값입니다. API에 STATUS라는 필드는 없습니다.',
    },
    en: {
      term: 'STATUS column',
      short: 'The summary string kubectl get pods shows, built for display from the pod phase, the pod\'s reason, container states and whether the pod is being deleted. The API has no STATUS field.',
    },
    docs: `${K}concepts/workloads/pods/pod-lifecycle/#pod-phase`,
  },
  {
    id: 'crashloopbackoff',
    ko: {
      term: 'CrashLoopBackOff',
      short: '컨테이너가 거듭 종료되어 kubelet이 다음 재시작까지 기다리는 중이라는 뜻의 대기 사유입니다. 대기 시간은 10초에서 두 배씩 늘어 최대 5분이 됩니다.',
    },
    en: {
      term: 'CrashLoopBackOff',
      short: 'A waiting reason meaning the container keeps exiting and the kubelet is waiting before the next restart. The wait starts at 10 s and doubles up to 5 minutes.',
    },
    docs: `${K}concepts/workloads/pods/pod-lifecycle/#container-restarts`,
  },
  {
    id: 'pod-network',
    ko: {
      term: '파드 네트워크 (pod network)',
      short: '파드마다 고유 IP를 주고 모든 파드가 NAT 없이 서로 닿게 하는 클러스터 네트워크입니다. 실습 환경에서는 Calico가 172.16.0.0/16 대역에서 IP를 나눠 줍니다.',
    },
    en: {
      term: 'Pod network',
      short: 'The cluster network that gives every pod its own IP and lets all pods reach each other without NAT. In the lab Calico hands out addresses from 172.16.0.0/16.',
    },
    docs: `${K}concepts/services-networking/#the-kubernetes-network-model`,
    docsKo: `${KO}concepts/services-networking/`,
  },
  {
    id: 'host-network',
    ko: {
      term: '호스트 네트워크 (host network)',
      short: 'hostNetwork: true인 파드는 자기 네트워크 네임스페이스 없이 노드의 네트워크를 그대로 씁니다. 그래서 IP 열에 노드 주소(192.168.1.x)가 보입니다. 컨트롤 플레인 스태틱 파드, kube-proxy, calico-node가 그렇습니다.',
    },
    en: {
      term: 'Host network',
      short: 'A pod with hostNetwork: true shares the node\'s network namespace instead of getting its own, so its IP column shows the node address (192.168.1.x). Control-plane static pods, kube-proxy and calico-node do this.',
    },
    docs: `${K}concepts/cluster-administration/networking/`,
  },
  {
    id: 'overlay-network',
    ko: {
      term: '오버레이 네트워크 (overlay network)',
      short: '노드 사이의 실제 네트워크 위에 파드 패킷을 캡슐화(IP-in-IP, VXLAN)해 실어 나르는 가상 네트워크입니다. CNI 플러그인에 따라 오버레이 없이 라우팅(BGP)만 쓰기도 합니다.',
    },
    en: {
      term: 'Overlay network',
      short: 'A virtual network that carries pod packets encapsulated (IP-in-IP, VXLAN) over the real network between nodes. Some CNI plugins route pod traffic natively (BGP) instead.',
    },
    docs: `${K}concepts/cluster-administration/networking/`,
  },
  {
    id: 'finalizer',
    ko: {
      term: '파이널라이저 (finalizer)',
      short: '오브젝트의 metadata.finalizers에 적힌 키로, 담당 컨트롤러가 정리 작업을 끝내고 지울 때까지 오브젝트가 삭제되지 않고 남아 있게 합니다.',
    },
    en: {
      term: 'Finalizer',
      short: 'A key in an object\'s metadata.finalizers that keeps the object around, marked for deletion, until the controller responsible has cleaned up and removed the key.',
    },
    docs: `${K}concepts/overview/working-with-objects/finalizers/`,
  },
  {
    id: 'eviction',
    ko: {
      term: '축출 (eviction)',
      short: '파드를 노드에서 내보내 종료시키는 일입니다. kubelet이 자원 부족 때문에 하는 노드 압박 축출과, kubectl drain처럼 Eviction API를 통해 하는 API 기반 축출이 있습니다.',
    },
    en: {
      term: 'Eviction',
      short: 'Terminating pods to move them off a node: node-pressure eviction by the kubelet when resources run short, or API-initiated eviction through the Eviction API, as kubectl drain does.',
    },
    docs: `${K}concepts/scheduling-eviction/`,
  },
  {
    id: 'pod-disruption-budget',
    ko: {
      term: '파드 중단 예산 (PodDisruptionBudget)',
      short: '자발적 중단(drain 같은 API 기반 축출) 때 한 번에 내려갈 수 있는 파드 수를 제한하는 오브젝트입니다. kubelet의 노드 압박 축출은 이것을 따르지 않습니다.',
    },
    en: {
      term: 'PodDisruptionBudget',
      short: 'Limits how many pods of an application may be down at once during voluntary disruptions such as a drain. The kubelet\'s node-pressure eviction ignores it.',
    },
    docs: `${K}concepts/workloads/pods/disruptions/`,
  },
];

const BY_ID = new Map(TERMS.map((t) => [t.id, t]));

/**
 * @throws Error when `id` is not in the glossary (the build must fail on a typo).
 * @example termById('daemonset').en.term // 'DaemonSet'
 */
export function termById(id: string): GlossaryTerm {
  const t = BY_ID.get(id);
  if (!t) {
    throw new Error(`Unknown glossary term id "${id}". Known ids are listed in src/glossary/terms.ts.`);
  }
  return t;
}

/** The kubernetes.io page to cite in a page of language `lang`. */
export function termDocs(t: GlossaryTerm, lang: Lang): string {
  return lang === 'ko' && t.docsKo ? t.docsKo : t.docs;
}

let tooltipSeq = 0;
/** A page-unique element id for a <Term> tooltip (several <Term id="pod"> may sit on one page). */
export function nextTooltipId(id: string): string {
  tooltipSeq += 1;
  return `term-tip-${id}-${tooltipSeq}`;
}
