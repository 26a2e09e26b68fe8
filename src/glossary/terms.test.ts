import { describe, expect, it } from 'vitest';
import { TERMS, termById, termDocs } from './terms.ts';

describe('glossary terms', () => {
  it('has unique, kebab-case ids', () => {
    const ids = TERMS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has the term and a short definition in both languages', () => {
    for (const t of TERMS) {
      for (const lang of ['ko', 'en'] as const) {
        expect(t[lang].term.trim(), `${t.id}.${lang}.term`).not.toBe('');
        expect(t[lang].short.trim(), `${t.id}.${lang}.short`).not.toBe('');
      }
      // Korean definitions are written in Korean.
      expect(t.ko.short, `${t.id}.ko.short`).toMatch(/[가-힣]/);
    }
  });

  it('cites kubernetes.io over https', () => {
    for (const t of TERMS) {
      expect(t.docs, t.id).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
      if (t.docsKo !== undefined) expect(t.docsKo, t.id).toMatch(/^https:\/\/kubernetes\.io\/ko\/docs\//);
    }
  });

  it('covers the terms the guide uses', () => {
    const required = [
      'control-plane', 'node', 'worker-node', 'pod', 'static-pod', 'mirror-pod', 'container', 'init-container',
      'sidecar-container', 'daemonset', 'deployment', 'replicaset', 'statefulset', 'job', 'cronjob', 'namespace',
      'label', 'selector', 'service', 'clusterip', 'nodeport', 'endpointslice', 'cni', 'cri', 'oci',
      'container-runtime', 'kubelet', 'kube-proxy', 'coredns', 'etcd', 'kube-apiserver', 'kube-scheduler',
      'kube-controller-manager', 'cloud-controller-manager', 'controller', 'reconciliation', 'admission-controller',
      'rbac', 'kubeconfig', 'taint', 'toleration', 'probe', 'pod-phase', 'status-column', 'crashloopbackoff',
      'overlay-network', 'host-network', 'pod-network', 'kubeadm',
    ];
    for (const id of required) expect(() => termById(id), id).not.toThrow();
  });

  it('termById returns the entry and throws on an unknown id', () => {
    expect(termById('daemonset').en.term).toBe('DaemonSet');
    expect(() => termById('deamonset')).toThrow(/Unknown glossary term id "deamonset"/);
    expect(() => termById('')).toThrow();
  });

  it('termDocs prefers the Korean page only where one is recorded', () => {
    const ds = termById('daemonset');
    expect(termDocs(ds, 'ko')).toBe(ds.docsKo);
    expect(termDocs(ds, 'en')).toBe(ds.docs);
    const etcd = termById('etcd');
    expect(termDocs(etcd, 'ko')).toBe(etcd.docs);
  });
});
