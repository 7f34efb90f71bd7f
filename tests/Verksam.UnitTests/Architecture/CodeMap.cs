using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Verksam.UnitTests.Architecture;

/// <summary>
/// What Verksam.Web's compiled code refers to, read from its IL with Mono.Cecil: every type's component (a feature
/// folder, a Shared folder, the domain rules) and each place one component uses a type or a table of another.
/// Views are compiled into AspNetCoreGeneratedDocument; their class names carry their folder.
/// </summary>
internal sealed class CodeMap
{
    private const string Root = "Verksam.Web";

    private CodeMap(ModuleDefinition module) => Module = module;

    public ModuleDefinition Module { get; }

    public static CodeMap Load(string assemblyPath) =>
        new(ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { ReadSymbols = false }));

    /// <summary>"Features/Goals", "Shared/Data", "Domain/Scales", "Operations/Demo" or "Root" for a type of the app; null for any other type.</summary>
    public static string? ComponentOf(TypeReference type)
    {
        while (type is TypeSpecification spec)
        {
            type = spec.ElementType;
        }

        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        var ns = type.Namespace;
        if (ns == "AspNetCoreGeneratedDocument")
        {
            // Features_Goals_Pages_Index → Features/Goals
            var parts = type.Name.Split('_');
            return parts.Length >= 2 && parts[0] is "Features" or "Shared" or "Operations" ? $"{parts[0]}/{parts[1]}" : "Root";
        }

        if (ns != Root && !ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = ns.Split('.');
        return segments.Length switch
        {
            <= 2 => "Root",
            3 => segments[2],
            _ => $"{segments[2]}/{segments[3]}",
        };
    }

    public static string? FeatureOf(string? component) =>
        component is not null && component.StartsWith("Features/", StringComparison.Ordinal) ? component : null;

    public IEnumerable<TypeDefinition> AllTypes() => Module.Types.SelectMany(Flatten);

    /// <summary>Every type of another assembly or of the app that <paramref name="type"/>'s own members refer to.</summary>
    public static IEnumerable<TypeReference> ReferencesOf(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            if (t is null)
            {
                return;
            }

            found.Add(t);
            if (t is GenericInstanceType generic)
            {
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument);
                }
            }
            else if (t is TypeSpecification spec)
            {
                Add(spec.ElementType);
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
            }
        }

        Add(type.BaseType);
        AddAttributes(type);
        foreach (var iface in type.Interfaces)
        {
            Add(iface.InterfaceType);
        }

        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }

        foreach (var method in type.Methods)
        {
            Add(method.ReturnType);
            AddAttributes(method);
            foreach (var parameter in method.Parameters)
            {
                Add(parameter.ParameterType);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t);
                        break;
                    case MethodReference m:
                        Add(m.DeclaringType);
                        Add(m.ReturnType);
                        foreach (var p in m.Parameters)
                        {
                            Add(p.ParameterType);
                        }

                        if (m is GenericInstanceMethod gm)
                        {
                            foreach (var a in gm.GenericArguments)
                            {
                                Add(a);
                            }
                        }

                        break;
                    case FieldReference f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                }
            }
        }

        return found;
    }

    /// <summary>Each use of a DbSet of VerksamDbContext (its property or Set&lt;T&gt;()) in the code: who uses it and which entity.</summary>
    public IEnumerable<(TypeDefinition User, MethodDefinition Method, TypeReference Entity)> TableUses()
    {
        foreach (var type in AllTypes())
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode != OpCodes.Call && instruction.OpCode != OpCodes.Callvirt)
                    {
                        continue;
                    }

                    if (instruction.Operand is not MethodReference called)
                    {
                        continue;
                    }

                    if (called.ReturnType is GenericInstanceType { Name: "DbSet`1" } dbSet
                        && (called.Name.StartsWith("get_", StringComparison.Ordinal) || called.Name == "Set"))
                    {
                        var entity = dbSet.GenericArguments[0];
                        if (entity is GenericParameter parameter && called.DeclaringType is GenericInstanceType owner
                            && parameter.Position < owner.GenericArguments.Count)
                        {
                            // IdentityUserContext<VerksamUser>.Users is DbSet<TUser>: name the user type.
                            entity = owner.GenericArguments[parameter.Position];
                        }

                        yield return (type, method, entity);
                    }
                }
            }
        }
    }

    private static IEnumerable<TypeDefinition> Flatten(TypeDefinition type) =>
        new[] { type }.Concat(type.NestedTypes.SelectMany(Flatten));
}
