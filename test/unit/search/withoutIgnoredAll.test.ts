import { describe, expect, it } from "vitest";
import { withoutIgnoredAll } from "../../../src/lib/search/withoutIgnoredAll.ts";

describe("withoutIgnoredAll", () => {
  it('drops each element marked data-pagefind-ignore="all", its nested children of the same name included', () => {
    const html =
      '<main data-pagefind-body><h1>Title</h1><dl><div class="row" data-pagefind-ignore="all"><dt>A</dt><dd><div>x<div>y</div></div></dd></div>' +
      '<div class="row"><dt data-pagefind-ignore>B</dt><dd>kept</dd></div>' +
      '<div data-pagefind-ignore="all" id="z"><span>gone</span></div></dl><p>after</p></main>';
    expect(withoutIgnoredAll(html)).toBe(
      '<main data-pagefind-body><h1>Title</h1><dl><div class="row"><dt data-pagefind-ignore>B</dt><dd>kept</dd></div></dl><p>after</p></main>',
    );
  });

  it("does not take a longer tag name for the same element, and drops a void or self-closed element's tag alone", () => {
    expect(
      withoutIgnoredAll('<a><section data-pagefind-ignore="all"><sectionx></sectionx>s</section>t</a>'),
    ).toBe("<a>t</a>");
    expect(
      withoutIgnoredAll(
        '<p>a<img data-pagefind-ignore="all" src="x.png">b<span data-pagefind-ignore="all"/>c</p>',
      ),
    ).toBe("<p>abc</p>");
  });

  it("drops an ignored element inside an ignored element once, and leaves a page without the marker as it is", () => {
    const inner = '<div data-pagefind-ignore="all">a<div data-pagefind-ignore="all">b</div>c</div><p>d</p>';
    expect(withoutIgnoredAll(inner)).toBe("<p>d</p>");
    const plain = "<main><p>Nothing to drop &quot;all&quot;</p></main>";
    expect(withoutIgnoredAll(plain)).toBe(plain);
  });

  it("leaves an element whose end it cannot find, and what follows, as they are", () => {
    const unclosed = '<p>a</p><div data-pagefind-ignore="all">b<div>c</div>';
    expect(withoutIgnoredAll(unclosed)).toBe(unclosed);
    const html = '<div data-pagefind-ignore="all">x</div><p>a</p><div data-pagefind-ignore="all">b';
    expect(withoutIgnoredAll(html)).toBe('<p>a</p><div data-pagefind-ignore="all">b');
  });

  it("leaves the marker alone where it is text, not an attribute", () => {
    const html = '<p>data-pagefind-ignore="all" is how</p><div>kept</div>';
    expect(withoutIgnoredAll(html)).toBe(html);
  });
});
