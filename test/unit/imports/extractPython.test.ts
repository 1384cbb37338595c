import assert from 'node:assert/strict';
import { assertImports, expectMarked, formsOf } from './marked';

describe('extractImports: Python', () => {
  it('import lists with aliases, from-imports, relative imports', () => {
    expectMarked(`import ⟦os⟧
import ⟦a.b⟧ as c, ⟦d⟧
from ⟦x.y⟧ import z
from ⟦.⟧ import sibling
from ⟦..⟧ import parent
from ⟦.pkg.mod⟧ import name as alias
from ⟦__future__⟧ import annotations`, 'python');
  });

  it('parenthesised and backslash-continued lists', () => {
    expectMarked(`from ⟦..pkg⟧ import (
    one,  # import no
    two,
)
from ⟦m⟧ import a, \\
    b
import ⟦e⟧, \\
    ⟦f.g⟧
x = (1,
import_ := 2)
import ⟦after⟧`, 'python');
  });

  it('imports nested in functions, classes, try blocks and one-line compound statements', () => {
    expectMarked(`def f():
    try:
        import ⟦json⟧
    except ImportError:
        import ⟦simplejson⟧ as json
    finally:
        pass
class C:
    from ⟦typing⟧ import List
if TYPE_CHECKING: import ⟦h⟧; import ⟦i⟧
while x: from ⟦w⟧ import q
with ctx(): import ⟦k⟧`, 'python');
  });

  it('strings, comments and other uses of the words are not imports', () => {
    expectMarked(`s = "import no"
t = '''
import no
from no import x
'''
u = r"""import no\\\\""" + b'from no import y'
# import no
v = f"{'import no'}" + rb'''
from no import z'''
print("from x import y")
raise E from err
def g():
    yield from gen
important = 1
fromage = 2
x.import_ = 3
import ⟦real⟧`, 'python');
  });

  it('dotted names with spaces around the dots normalise to "a.b"', () => {
    assertImports('import a . b\nfrom . . c import d', 'python', [['a.b', 0, 7, 12], ['..c', 1, 5, 10]]);
  });

  it('CRLF line ends and the forms', () => {
    expectMarked('import ⟦a⟧\r\nfrom ⟦b⟧ import c\r\n', 'python');
    assert.deepEqual(formsOf('import a\nfrom b import c', 'python'), ['import', 'from']);
  });

  it('broken code: an unterminated string ends at its line, a missing module is not an import', () => {
    expectMarked(`x = 'unterminated
import ⟦ok⟧
from import nothing
import
from . nothing`, 'python');
  });
});
