"""Writes a LightGBM model (binary objective) as the text io.github.unmangle.lang.BoostedTrees reads: comment lines,
"features NAME ...", "KEY VALUE" (the model's threshold), then each tree's splits ("feature threshold left right", a child
below 0 being leaf ~child) and its leaves. Shared by data/boilerplate/train.py and data/spin/decide.py."""


def write_model(model, names, path, comments, key, value):
    dump = model.dump_model()
    with open(path, 'w', encoding='utf-8') as out:
        for c in comments:
            out.write(f'# {c}\n')
        out.write('features ' + ' '.join(names) + '\n')
        out.write(f'{key} {value!r}\n')
        for tree in dump['tree_info']:
            splits, leaves = {}, {}

            def walk(node):
                if 'leaf_index' in node:
                    leaves[node['leaf_index']] = node['leaf_value']
                    return ~node['leaf_index']
                if 'split_index' not in node:  # a tree of one leaf
                    leaves[0] = node['leaf_value']
                    return ~0
                assert node['decision_type'] == '<=', node['decision_type']
                assert node['missing_type'] != 'Zero', 'zeros read as missing: BoostedTrees does not'
                splits[node['split_index']] = (node['split_feature'], float(node['threshold']),
                                               walk(node['left_child']), walk(node['right_child']))
                return node['split_index']

            walk(tree['tree_structure'])
            out.write(f'tree {len(splits)}\n')
            for s in range(len(splits)):
                f, t, left, right = splits[s]
                out.write(f'{f} {t!r} {left} {right}\n')
            out.write('leaves ' + ' '.join(repr(float(leaves[i])) for i in range(len(leaves))) + '\n')


def write_check_rows(model, x, path, header, n):
    """n rows of x (a fixed random pick) with the chance LightGBM gives each: what the Java trees must reproduce."""
    import numpy as np
    pick = np.random.default_rng(7).choice(len(x), n, replace=False)
    with open(path, 'w', encoding='utf-8') as t:
        t.write(f'# {header}\n')
        for i, p in zip(pick, model.predict(x[pick])):
            t.write('\t'.join(repr(float(v)) for v in x[i]) + '\t' + repr(float(p)) + '\n')
