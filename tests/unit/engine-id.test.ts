import { describe, expect, it } from 'vitest';
import { engineIdFromFile } from '../../src/lib/engine-id';

describe('engineIdFromFile', () => {
  it('uses the file name as the id', () => {
    expect(engineIdFromFile('llama-cpp.md')).toBe('llama-cpp');
  });

  it.each(['LlamaCpp.md', 'llama_cpp.md', 'llama--cpp.md', '-x.md'])(
    'rejects %s with a message naming the file',
    (file) => {
      expect(() => engineIdFromFile(file)).toThrow(
        `content/engines/${file}: the file name is the engine id`,
      );
    },
  );
});
