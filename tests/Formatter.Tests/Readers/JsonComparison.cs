using System.Text.Json.Nodes;

namespace Formatter.Tests.Readers;

/// <summary>Compares two CSL-JSON records key by key and describes every difference.</summary>
internal static class JsonComparison
{
    public static List<string> Differences(JsonObject expected, JsonObject actual, params string[] ignored)
    {
        var differences = new List<string>();
        foreach (var key in expected.Select(p => p.Key).Union(actual.Select(p => p.Key)).Except(ignored))
        {
            var want = expected[key];
            var got = actual[key];
            if (!JsonNode.DeepEquals(want, got))
                differences.Add($"{key}: expected {want?.ToJsonString() ?? "(absent)"}, got {got?.ToJsonString() ?? "(absent)"}");
        }
        return differences;
    }
}
