```triple'''
