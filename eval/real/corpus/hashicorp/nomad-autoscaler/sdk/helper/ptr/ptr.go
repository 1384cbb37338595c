


package ptr





