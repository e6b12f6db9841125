import { describe, expect, it } from "vitest";
import { SilentSignInLanding } from "./silentSignInLanding";

describe("the silent sign-in's landing", () => {
  it("is the console page of the sign-in realm, which the console client allows as a redirect", () => {
    expect(SilentSignInLanding.redirectUri("my realm", "https://kc.example")).toBe(
      "https://kc.example/admin/my%20realm/console/?kcscim-silent-sign-in=1",
    );
  });

  it("is recognised only inside a frame, with the marker", () => {
    const framed = { location: { search: "?kcscim-silent-sign-in=1&code=x" } } as unknown as Window;
    (framed as { parent: unknown }).parent = {};
    expect(SilentSignInLanding.isThisWindow(framed)).toBe(true);

    const top = { location: { search: "?kcscim-silent-sign-in=1" } } as unknown as Window;
    (top as { parent: unknown }).parent = top;
    expect(SilentSignInLanding.isThisWindow(top)).toBe(false);

    const console = { location: { search: "" }, parent: {} } as unknown as Window;
    expect(SilentSignInLanding.isThisWindow(console)).toBe(false);
  });

  it("accepts the answer only from its own frame and origin", () => {
    const frame = {} as Window;
    const answer = { type: SilentSignInLanding.MESSAGE_TYPE, href: "https://kc.example/admin/master/console/?code=c" };
    const message = (source: unknown, origin: string, data: unknown) => ({ source, origin, data }) as MessageEvent;

    expect(SilentSignInLanding.answerIn(message(frame, "https://kc.example", answer), frame, "https://kc.example")).toBe(answer.href);
    expect(SilentSignInLanding.answerIn(message({}, "https://kc.example", answer), frame, "https://kc.example")).toBeNull();
    expect(SilentSignInLanding.answerIn(message(frame, "https://evil.example", answer), frame, "https://kc.example")).toBeNull();
    expect(SilentSignInLanding.answerIn(message(frame, "https://kc.example", { type: "other" }), frame, "https://kc.example")).toBeNull();
  });
});
