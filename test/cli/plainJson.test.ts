import { parse } from "yaml";
import { plainJson } from "../../src/cli/plainJson";

describe("a scenario in plain JSON takes the native parser, and only when YAML would read it the same", () => {
  it("parses JSON to what the YAML parser gives", () => {
    const text = JSON.stringify({ brand: '品牌 "x" \\ /', company: { annualTarget: 1e7, list: [1, -0.5, true, null, { a: "\u00e9" }] }, products: [] }, null, 2);
    expect(plainJson(text)).toEqual(parse(text));
  });

  it("leaves to YAML a repeated key, also when one spelling is escaped, and nothing else", () => {
    expect(plainJson('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}')).toEqual({ a: 1, b: { a: 2 }, c: [{ a: 3 }, { a: 4 }] });
    expect(plainJson('{"a": 1, "b": 2, "a": 3}')).toBeUndefined();
    expect(plainJson('{"a": 1, "\\u0061" : 3}')).toBeUndefined();
    expect(plainJson('{"k": {"x": "a\\"b", "x" :1}}')).toBeUndefined();
    expect(plainJson('{"k": ["a", "a"], "v": "a"}')).toEqual({ k: ["a", "a"], v: "a" });
  });

  it("leaves to YAML what is not JSON or names __proto__", () => {
    expect(plainJson("brand: x\n")).toBeUndefined();
    expect(plainJson('{"brand": "x",}')).toBeUndefined();
    expect(plainJson("[1, 2]")).toBeUndefined();
    expect(plainJson('{"__proto__": {"x": 1}}')).toBeUndefined();
  });
});
