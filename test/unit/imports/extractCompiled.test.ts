import assert from 'node:assert/strict';
import { assertImports, expectMarked, formsOf } from './marked';

describe('extractImports: Go', () => {
  it('single and grouped imports with aliases, _ and . imports', () => {
    expectMarked(`package main

import "⟦fmt⟧"
import f "⟦github.com/a/b/f⟧"
import (
	_ "⟦github.com/lib/pq⟧"
	. "⟦math⟧"
	alias "⟦gopkg.in/yaml.v3⟧"
	"⟦os⟧" // import "no"
	/* import "no" */ "⟦strings⟧"; "⟦bytes⟧"
)
import \`⟦raw/path⟧\`

var s = "import \\"no\\""
var r = \`import "no"\`
var c = '"'
// import "no"
/* import (
	"no"
) */
func f() { x.import("no") }`, 'go');
  });
});

describe('extractImports: Java', () => {
  it('plain, static and wildcard imports; comments, strings and text blocks are not', () => {
    expectMarked(`package com.acme;

import ⟦java.util.List⟧;
import static ⟦org.junit.Assert.assertEquals⟧;
import ⟦com.google.common.collect.*⟧;
import static ⟦java.lang.Math.*⟧;
import module ⟦java.base⟧;
// import no.Way;
/* import no.Way; */
class A {
  String s = "import x.Y;";
  char q = '"';
  String t = """
      import no.Way;
      """;
}`, 'java');
    assert.deepEqual(formsOf('import a.B;\nimport static a.B.c;\nimport module m.n;', 'java'), ['import', 'static', 'module']);
  });
});

describe('extractImports: Kotlin', () => {
  it('imports, wildcards and aliases (the alias is dropped)', () => {
    expectMarked(`package com.acme

import ⟦a.b.C⟧
import ⟦a.b.D⟧ as E
import ⟦kotlinx.coroutines.*⟧
import ⟦java.util.concurrent.TimeUnit⟧ as TU

// import no.Way
/* /* nested */ import no.Way */
val s = "\${ "}" } import no.x"
val t = """
import no.y
\${ if (a) "}" else "{" }
"""
val u = x.import`, 'kotlin');
  });

  it('backticked names', () => {
    assertImports('import a.`when`.B', 'kotlin', [['a.when.B', 0, 7, 17]]);
  });
});

describe('extractImports: C#', () => {
  it('using, using static, global using and aliases', () => {
    expectMarked(`using ⟦System⟧;
using static ⟦System.Math⟧;
global using ⟦Acme.Core⟧;
global using static ⟦Acme.Helpers⟧;
using J = ⟦Newtonsoft.Json⟧;
using L = ⟦System.Collections.Generic.List⟧<int>;
using G = global::⟦System.Text⟧;
#if DEBUG
using ⟦Debug.Only⟧;
#endif
namespace Acme.App;`, 'csharp');
    assert.deepEqual(formsOf('using A;\nusing static B;\nglobal using C;\nusing D = E;', 'csharp'), ['using', 'static', 'global', 'alias']);
  });

  it('using statements and declarations, comments and strings are not imports', () => {
    expectMarked(`class C {
  void M() {
    using (var s = File.Open("x")) { }
    using (Foo.Bar()) { }
    using var r = new Reader();
    using Foo.Bar b = Make();
    // using No;
    /* using No; */
    var s1 = "using No;";
    var s2 = @"using ""No"";
using Nope;";
    var s3 = $"{ "using No;" } {{using No;}}";
    var s4 = """
      using No;
      """;
    char q = '"';
  }
}
using ⟦After.All⟧;`, 'csharp');
  });
});

describe('extractImports: Rust', () => {
  it('expands nested use trees; each range runs from the tree start to the leaf', () => {
    const code = `use std::collections::HashMap;
use crate::a::{b, c::{d as e, self}, *};
pub(crate) use super::x;
use ::serde::{Deserialize, Serialize,};
use a::{};`;
    assertImports(code, 'rust', [
      ['std::collections::HashMap', 0, 4, 29],
      ['crate::a::b', 1, 4, 16],
      ['crate::a::c::d', 1, 4, 23],
      ['crate::a::c', 1, 4, 34],
      ['crate::a::*', 1, 4, 38],
      ['super::x', 2, 15, 23],
      ['serde::Deserialize', 3, 4, 25],
      ['serde::Serialize', 3, 4, 36],
    ]);
  });

  it('extern crate, uses inside functions; strings, chars, lifetimes and comments are not imports', () => {
    expectMarked(`extern crate ⟦serde⟧ as s;
extern crate ⟦log⟧;
extern "C" { fn abs(x: i32) -> i32; }
fn f<'a>(x: &'a str) -> char {
    let c = '"';
    let r = r#"use no::way; " still "#;
    let b = b"use no";
    let e = '\\'';
    use ⟦inner::thing⟧;
    'x'
}
// use no::way;
/* /* nested */ use no::way; */
let s = "use no::way;
  still in string";
x.use_it();`, 'rust');
    assert.deepEqual(formsOf('extern crate a;\nuse b;', 'rust'), ['extern-crate', 'use']);
  });
});
