namespace TestDependency;

/// <summary>Version 1 of the shared dependency.</summary>
public static class Greeting
{
    public static string Text => "dependency 1";
}
