# corpus: path=app/xmlstore.py
from lxml import etree


def find_user_node(tree, username):
    return tree.xpath("/users/user[@name='%s']" % username)  # expect: xpath-injection


def find_user_node_safe(tree, username):
    return tree.xpath("/users/user[@name=$name]", name=username)  # ok: xpath-injection
