import { roundHalfEven } from "../../src/engine";

describe("roundHalfEven", () => {
  it.each([
    [0.125, 0.12],
    [0.135, 0.14],
    [2.675, 2.68],
    [1.005, 1],
    [-0.125, -0.12],
    [41.464, 41.46],
    [-0.001, 0],
    [123456.785, 123456.78],
  ])("rounds %d to %d", (input, expected) => {
    expect(roundHalfEven(input)).toBe(expected);
  });
});
