import { describe, expect, test } from 'vitest';
import { ipv6Networks } from './net6.ts';

describe('ipv6Networks', () => {
  test.each([
    { name: 'one address: its /64', ips: ['2022:aced:7::2'], min: 48, max: 64, nets: [['2022:aced:7::/64', 1]] },
    { name: "two nodes' /64s: the /56 they share", ips: ['2001:cafe:42::9', '2001:cafe:42:1::4'], min: 48, max: 64, nets: [['2001:cafe:42::/56', 2]] },
    { name: 'blocks far apart inside one /48: that /48', ips: ['fd00:10:244::5', 'fd00:10:244:ff00::5'], min: 48, max: 64, nets: [['fd00:10:244::/48', 2]] },
    { name: 'two /48s: one network each', ips: ['fd00:10:244::5', 'fd00:10:245::5', 'fd00:10:245::6'], min: 48, max: 64, nets: [['fd00:10:244::/64', 1], ['fd00:10:245::/64', 2]] },
    { name: 'an IPv4 tail is read', ips: ['64:ff9b::10.0.0.1', '64:ff9b::10.0.0.2'], min: 48, max: 64, nets: [['64:ff9b::/64', 2]] },
    { name: 'upper case and full forms print the short form', ips: ['2001:0DB8:0000:0000:0000:0000:0000:0001'], min: 64, max: 64, nets: [['2001:db8::/64', 1]] },
    { name: 'not addresses: nothing', ips: ['10.0.0.1', '<none>', 'fe80::1::2', ''], min: 48, max: 64, nets: [] },
  ])('$name', ({ ips, min, max, nets }) => {
    expect([...ipv6Networks(ips, min, max)]).toEqual(nets);
  });
});
