import profiles from "../../src/data/profiles.json";
import * as figure from "../../src/data/schema/figure";
import { profilesSchema } from "../../src/data/schema/profiles";
import * as session from "../../src/shared/session";

describe("fields and helpers nothing read are gone", () => {
  it("profiles carry no trafficModel, and the schema refuses one", () => {
    const platforms = Object.values(profiles.platforms) as Array<Record<string, unknown>>;
    expect(platforms.filter((p) => "trafficModel" in p)).toEqual([]);
    const withTrafficModel = { ...profiles, platforms: { ...profiles.platforms, TMALL: { ...profiles.platforms.TMALL, trafficModel: "search" } } };
    expect(profilesSchema.safeParse(profiles).success).toBe(true);
    expect(profilesSchema.safeParse(withTrafficModel).success).toBe(false);
  });

  it("exports no isEstimate or sessionOverrides", () => {
    expect(Object.keys(figure)).not.toContain("isEstimate");
    expect(Object.keys(session)).not.toContain("sessionOverrides");
  });
});
