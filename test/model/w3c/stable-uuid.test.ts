import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isUuid, stableUuid } from '../../../src/model/w3c/stable-uuid.js';

describe('stable UUIDs for imported ids', () => {
  it('gives the same UUID for the same id every time', () => {
    expect(stableUuid('hypothesis', 'Ab3dEf')).to.equal(stableUuid('hypothesis', 'Ab3dEf'));
  });

  it('gives different UUIDs for different ids and different tools', () => {
    expect(stableUuid('hypothesis', '1')).to.not.equal(stableUuid('hypothesis', '2'));
    expect(stableUuid('hypothesis', '1')).to.not.equal(stableUuid('recogito', '1'));
  });

  it('always writes a version 8 UUID', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (namespace, name) => {
        const uuid = stableUuid(namespace, name);
        expect(isUuid(uuid)).to.be.true;
        expect(uuid[14]).to.equal('8');
        expect('89ab').to.contain(uuid[19]!);
      }),
    );
  });

  it('does not collide among 20,000 ids', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20000; i += 1) seen.add(stableUuid('recogito', `#${i}`));
    expect(seen.size).to.equal(20000);
  });
});
