namespace Formatter.Plugins;

/// <summary>What a plugin can add to the styles of its folder.</summary>
public interface IStyleRegistrar
{
    /// <summary>
    /// Makes a function callable from this plugin's templates under <paramref name="name"/> (snake_case).
    /// Parameters and results should be strings, numbers, booleans or the record view the template passes in.
    /// </summary>
    void AddFunction(string name, Delegate function);

    /// <summary>Registers a list pass that a style manifest can name in its <c>passes</c>.</summary>
    void AddListPass(string name, IListPass pass);
}
