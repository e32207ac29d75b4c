namespace TestDependency;

/// <summary>Version 2 of the shared dependency: a breaking change (a method, and a new text).</summary>
public static class Greeting
{
    public static string Text => "dependency 2";

    public static string Shout(string text) => text.ToUpperInvariant() + "!";
}
